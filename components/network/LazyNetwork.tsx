"use client";
import dynamic from "next/dynamic";

/**
 * The Network view, loaded after the first paint. Nothing of the network can be drawn before its layout
 * arrives from the worker anyway, so fetching its code in parallel costs no time, and keeps about a third
 * of the app's own code out of the first-load bundle.
 */
export const LazyNetwork = dynamic(() => import("./Network").then((m) => m.Network), {
  ssr: false,
  loading: NetworkLoading,
});

function NetworkLoading() {
  return (
    <section aria-label="Network" className="panel network network-loading" aria-busy="true">
      <h2>Network</h2>
      <p className="muted">Loading the network…</p>
    </section>
  );
}
