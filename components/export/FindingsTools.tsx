"use client";
/** Taking findings out of the dashboard: Export, Copy link and Cite, side by side in the header. */
import { CiteDialog } from "./CiteDialog";
import { CopyLinkButton } from "./CopyLinkButton";
import { ExportMenu } from "./ExportMenu";

/** The header's share and export tools. */
export function FindingsTools() {
  return (
    <div className="findings-tools">
      <ExportMenu />
      <CopyLinkButton />
      <CiteDialog />
    </div>
  );
}
