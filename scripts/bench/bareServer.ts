/**
 * The control for the endpoint figures: a bare Node HTTP server, in a process of its own, that sends the
 * very bytes the API sends (the dataset file, or its gzip) with nothing else to do. What autocannon measures
 * against it is the most this machine can give on loopback while autocannon shares its cores; the API's
 * figures read against it say what the framework costs.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";

const SERVER = `
const http = require("node:http"), fs = require("node:fs"), zlib = require("node:zlib");
const body = fs.readFileSync(process.argv[1]);
const gzip = zlib.gzipSync(body, { level: 9 });
http.createServer((req, res) => {
  const g = /\\bgzip\\b/.test(req.headers["accept-encoding"] || "");
  const bytes = g ? gzip : body;
  res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": bytes.length, ...(g ? { "Content-Encoding": "gzip" } : {}) });
  res.end(bytes);
}).listen(Number(process.argv[2]), "127.0.0.1", () => process.stdout.write("ready\\n"));
`;

/** Starts the bare server for `file` on 127.0.0.1:port; resolves with its URL once it listens. */
export async function startBareServer(file: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["-e", SERVER, file, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  const [chunk] = (await Promise.race([once(child.stdout!, "data"), once(child, "exit").then(() => [null])])) as [Buffer | null];
  if (!chunk?.toString().includes("ready")) throw new Error(`the bare control server did not start on port ${port}`);
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill("SIGTERM") };
}
