"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/** False on the server and during hydration, true in the browser after it: for parts that only render there. */
export function useInBrowser(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
