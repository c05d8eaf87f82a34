/**
 * Imports files off the main thread, so a 50 MB table never freezes the page: decode, detect, read, build
 * through the schema; progress is posted as the stages pass. The dataset stays here until the person
 * presses Import, and is then written to IndexedDB from here.
 */
import type { Dataset } from "@/lib/dataset/schema";
import { importFiles, summarize } from "@/lib/import";
import { decodeBytes } from "@/lib/import/decode";
import { suggestMapping, tableProfile } from "@/lib/import/formats/eventsCsv";
import { parseTable } from "@/lib/import/table";
import type { ImportRequest, ImportResponse, TableColumns } from "./importProtocol";
import { saveLocalDataset } from "./localDatasets";
import { LOCAL_PREFIX } from "./localId";

let last: Dataset | null = null;

function post(message: ImportResponse) {
  (self as unknown as Worker).postMessage(message);
}

function runImport(request: Extract<ImportRequest, { type: "import" }>) {
  const { seq, files: raw, format, map } = request;
  last = null;
  post({ type: "progress", seq, stage: "Reading the files" });
  const files = [];
  for (const f of raw) {
    const decoded = decodeBytes(new Uint8Array(f.bytes));
    if ("problem" in decoded) {
      post({ type: "done", seq, outcome: { ok: false, format: null, problems: [{ file: f.name, message: decoded.problem }] } });
      return;
    }
    files.push({ name: f.name, text: decoded.text });
  }
  post({ type: "progress", seq, stage: `Importing ${files.length === 1 ? files[0]!.name : `${files.length} files`}` });
  const result = importFiles(files, { format, map, onProgress: (done, total) => post({ type: "progress", seq, stage: `Read ${done.toLocaleString("en")} of ${total.toLocaleString("en")} rows` }) });
  // An event table's columns, for the mapping step (pre-filled from the recognised headers).
  let columns: TableColumns | undefined;
  if (result.format === "events-csv" && files[0]) {
    const header = parseTable(files[0].name, files[0].text.slice(0, 64 * 1024).split(/\r?\n/, 1)[0] ?? "").table.header;
    columns = { header, suggested: suggestMapping(header), profile: tableProfile(header) };
  }
  if (!result.ok) {
    post({ type: "done", seq, outcome: result, columns });
    return;
  }
  const dataset = result.dataset;
  // Datasets of this browser are named local-<slug>, so they never clash with the server's.
  if (!dataset.id.startsWith(LOCAL_PREFIX)) dataset.id = `${LOCAL_PREFIX}${dataset.id}`.slice(0, 100).replace(/-+$/, "") as typeof dataset.id;
  last = dataset;
  post({ type: "done", seq, outcome: { ok: true, format: result.format, id: dataset.id, title: dataset.title, summary: summarize(dataset) }, columns });
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === "import") return runImport(request);
  const dataset = last;
  if (!dataset) return post({ type: "save-failed", seq: request.seq, message: "there is nothing to import yet" });
  saveLocalDataset(dataset).then(
    () => post({ type: "saved", seq: request.seq, id: dataset.id }),
    (error: unknown) => post({ type: "save-failed", seq: request.seq, message: (error as Error).message }),
  );
};
