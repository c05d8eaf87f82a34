"use client";
/**
 * The embedded dashboard (/embed): the two views and the status line, with a link to the same view on the
 * full page. No header, filters, details or dialogs: a host page gives it a small box.
 */
import { useCallback, useState } from "react";
import { useDashboard, useStoreValue } from "@/components/dashboard/viewContext";
import { LazyNetwork } from "@/components/network/LazyNetwork";
import { LiveStatusLine } from "@/components/status/StatusLine";
import { Timeline } from "@/components/timeline/Timeline";
import { serializeView } from "@/lib/view/state";
import { withViewParams } from "@/lib/view/url";
import styles from "./Embed.module.css";

/** The link to the full view: built from the store, so it follows every scrub and click inside the embed. */
function OpenFullView({ datasetId }: { datasetId: string }) {
  const { index } = useDashboard();
  const view = useStoreValue((s) => s.view);
  const href = `/${withViewParams(`?dataset=${datasetId}`, serializeView(view, index))}`;
  return (
    // A new tab: the host page stays where the reader left it.
    <a href={href} target="_blank" rel="noopener" className={styles.open}>
      Open full view
    </a>
  );
}

/**
 * The embed's main: title bar with the status line and the link, then both views. Rendered by the /embed route
 * as the Dashboard's child, inside its provider; like the full page it marks itself ready once both views drew.
 */
export function EmbedView({ datasetId }: { datasetId: string }) {
  const { index } = useDashboard();
  const [drawn, setDrawn] = useState({ timeline: false, network: false });
  const onTimelineReady = useCallback(() => setDrawn((d) => (d.timeline ? d : { ...d, timeline: true })), []);
  const onNetworkReady = useCallback(() => setDrawn((d) => (d.network ? d : { ...d, network: true })), []);
  return (
    <main className={styles.embed} data-ready={drawn.timeline && drawn.network ? "true" : "false"}>
      <div className={styles.bar}>
        <p className={styles.title}>{index.dataset.title}</p>
        <LiveStatusLine />
        <OpenFullView datasetId={datasetId} />
      </div>
      <div className={styles.views}>
        <Timeline onReady={onTimelineReady} />
        <LazyNetwork onReady={onNetworkReady} />
      </div>
    </main>
  );
}
