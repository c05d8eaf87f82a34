"use client";
/**
 * What the Network view shows now, kept where an export can read it: the projection (pan, zoom, emphasis)
 * and placed labels of its last render, by view store. Written in an effect (a map entry, no re-render).
 */
import { useEffect } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import type { PlacedLabel } from "@/lib/network/labels";
import type { Projection } from "@/lib/network/project";
import type { ViewStore } from "@/lib/view/store";

/** The network as last drawn. */
export interface NetworkPicture {
  projection: Projection;
  labels: readonly PlacedLabel[];
  width: number;
  height: number;
}

const pictures = new WeakMap<ViewStore, NetworkPicture>();

/** Called by the Network view with what it draws. */
export function useNetworkPicture(projection: Projection | null, labels: readonly PlacedLabel[], width: number, height: number) {
  const { store } = useDashboard();
  useEffect(() => {
    if (!projection || width <= 0 || height <= 0) return;
    pictures.set(store, { projection, labels, width, height });
  }, [store, projection, labels, width, height]);
  useEffect(() => () => void pictures.delete(store), [store]);
}

/** The network as last drawn for a store, or null before it has drawn. */
export function networkPictureOf(store: ViewStore): NetworkPicture | null {
  return pictures.get(store) ?? null;
}
