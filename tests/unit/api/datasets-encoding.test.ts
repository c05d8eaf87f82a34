import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/server/datasets";
import { rawFixture } from "../fixtures";
import { fetchOne } from "./fetchDataset";

let dir: string;
const previous = { dir: process.env.DATASETS_DIR, recheck: process.env.DATASETS_RECHECK_MS };


beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "datasets-encoding-"));
  process.env.DATASETS_DIR = dir;
  process.env.DATASETS_RECHECK_MS = "0";
  writeFileSync(path.join(dir, "mini.json"), JSON.stringify(rawFixture()));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env.DATASETS_DIR = previous.dir;
  process.env.DATASETS_RECHECK_MS = previous.recheck;
});

const bodyOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("GET /api/datasets/<id> codings", () => {
  it("sends brotli, gzip or plain JSON by Accept-Encoding, each decoding to the same dataset", async () => {
    const plain = await fetchOne("mini");
    expect(plain.headers.get("content-encoding")).toBeNull();
    const json = (await bodyOf(plain)).toString("utf8");
    expect(JSON.parse(json).id).toBe("mini");

    const gz = await fetchOne("mini", { "accept-encoding": "gzip, deflate" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await bodyOf(gz)).toString("utf8")).toBe(json);

    const br = await fetchOne("mini", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.headers.get("content-encoding")).toBe("br");
    const brBytes = await bodyOf(br);
    expect(Number(br.headers.get("content-length"))).toBe(brBytes.length);
    expect(brotliDecompressSync(brBytes).toString("utf8")).toBe(json);

    for (const response of [plain, gz, br]) {
      expect(response.headers.get("vary")).toBe("Accept-Encoding");
      expect(response.headers.get("cache-control")).toContain("public");
    }
    // Each representation has its own ETag (a cache must not hand gzip bytes to a client that asked for none).
    expect(new Set([plain, gz, br].map((r) => r.headers.get("etag"))).size).toBe(3);
  });

  it("honours q=0 and falls back to plain JSON for codings it does not make", async () => {
    expect((await fetchOne("mini", { "accept-encoding": "br;q=0, gzip" })).headers.get("content-encoding")).toBe("gzip");
    expect((await fetchOne("mini", { "accept-encoding": "deflate" })).headers.get("content-encoding")).toBeNull();
    expect((await fetchOne("mini", { "accept-encoding": "*;q=0, identity" })).headers.get("content-encoding")).toBeNull();
  });

  it("answers 304 to any representation's ETag, weak or strong", async () => {
    const gz = await fetchOne("mini", { "accept-encoding": "gzip" });
    const etag = gz.headers.get("etag")!;
    expect((await fetchOne("mini", { "if-none-match": etag })).status).toBe(304);
    expect((await fetchOne("mini", { "if-none-match": `"other", W/${etag}`, "accept-encoding": "br" })).status).toBe(304);
    expect((await fetchOne("mini", { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("parses a new version once, however many requests arrive together", async () => {
    writeFileSync(path.join(dir, "together.json"), JSON.stringify({ ...rawFixture(), id: "together" }));
    const results = await Promise.all(Array.from({ length: 20 }, () => loadDataset("together")));
    const datasets = new Set(results.map((r) => (r.status === "ok" ? r.dataset : null)));
    // One parse means one object: a second parse would have made a second, equal but distinct, dataset.
    expect(datasets.size).toBe(1);
    expect([...datasets][0]).not.toBeNull();
  });
});
