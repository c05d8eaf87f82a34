"use client";
import { Suspense } from "react";
import { PartBoundary } from "@/components/shared/PartBoundary";
import { retryableLazy } from "@/components/shared/retryableLazy";
import { useInBrowser } from "@/components/shared/useInBrowser";
import type { Network as NetworkView } from "./Network";

/**
 * The Network view, loaded after the first paint. Nothing of the network can be drawn before its layout
 * arrives from the worker anyway, so fetching its code in parallel costs no time, and keeps about a third
 * of the app's own code out of the first-load bundle. If its code fails to load, only this region says
 * so (with Retry); the timeline and the rest keep working.
 */
const NetworkPart = retryableLazy(() => import("./Network").then((m) => m.Network), { firstVisit: true });

/** The network, rendered in the browser only (as `ssr: false` did): the server sends the loading state. */
export function LazyNetwork(props: Parameters<typeof NetworkView>[0]) {
  const inBrowser = useInBrowser();
  return (
    <PartBoundary name="The network" region="Network">
      {inBrowser ? (
        <Suspense fallback={<NetworkLoading />}>
          <NetworkPart {...props} />
        </Suspense>
      ) : (
        <NetworkLoading />
      )}
    </PartBoundary>
  );
}

function NetworkLoading() {
  return (
    <section aria-label="Network" className="panel network network-loading" aria-busy="true">
      <h2>Network</h2>
      <p className="muted">Loading the network…</p>
    </section>
  );
}
