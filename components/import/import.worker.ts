/**
 * Imports files off the main thread, so a 50 MB table never freezes the page: decode, detect, read, build
 * through the schema; progress is posted as the stages pass.
 */
import { decodeBytes } from "@/lib/import/decode";
import { importFiles, summarize } from "@/lib/import";
import { tableProfile, suggestMapping } from "@/lib/import/formats/eventsCsv";
import { parseTable } from "@/lib/import/table";
import { LOCAL_PREFIX } from "./localId";
import type { ImportRequest, ImportResponse, TableColumns } from "./importProtocol";

function post(message: ImportResponse) {
  (self as unknown as Worker).postMessage(message);
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { seq, files: raw, format, map } = event.data;
  post({ type: "progress", seq, stage: "Reading the files" });
  const files = [];
  for (const f of raw) {
    const decoded = decodeBytes(new Uint8Array(f.bytes));
    if ("problem" in decoded) {
      post({ type: "done", seq, result: { ok: false, format: null, problems: [{ file: f.name, message: decoded.problem }] } });
      return;
    }
    files.push({ name: f.name, text: decoded.text });
  }
  post({ type: "progress", seq, stage: `Importing ${files.length === 1 ? files[0]!.name : `${files.length} files`}` });
  const result = importFiles(files, { format, map });
  // Datasets of this browser are named local-<slug>, so they never clash with the server's.
  if (result.ok && !result.dataset.id.startsWith(LOCAL_PREFIX)) {
    result.dataset.id = `${LOCAL_PREFIX}${result.dataset.id}`.slice(0, 100).replace(/-+$/, "") as typeof result.dataset.id;
  }
  // An event table's columns, for the mapping step (pre-filled from the recognised headers).
  let columns: TableColumns | undefined;
  if (result.format === "events-csv" && files[0]) {
    const header = parseTable(files[0].name, files[0].text.slice(0, 64 * 1024).split(/\r?\n/, 1)[0] ?? "").table.header;
    columns = { header, suggested: suggestMapping(header), profile: tableProfile(header) };
  }
  post({ type: "done", seq, result, columns, summary: result.ok ? summarize(result.dataset) : undefined });
};
