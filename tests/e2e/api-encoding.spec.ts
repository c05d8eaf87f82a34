import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

/** A raw GET through node:http, which (unlike fetch or Playwright's request) never decodes the body itself. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("the dataset endpoint's codings through the production server", () => {
  for (const [coding, decode] of [["gzip", gunzipSync], ["br", brotliDecompressSync]] as const) {
    test(`${coding}: one decoding gives the JSON (Next does not compress it again)`, async ({ baseURL }) => {
      const response = await rawGet(`${baseURL}/api/datasets/azerbaijan-us-2025`, { "accept-encoding": coding });
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"]).toBe(coding);
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      const dataset = JSON.parse(decode(response.body).toString("utf8"));
      expect(dataset.id).toBe("azerbaijan-us-2025");
    });
  }

  test("no Accept-Encoding: plain JSON; the page itself is still compressed by Next", async ({ baseURL }) => {
    const plain = await rawGet(`${baseURL}/api/datasets/azerbaijan-us-2025`, {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString("utf8")).id).toBe("azerbaijan-us-2025");
    const page = await rawGet(`${baseURL}/`, { "accept-encoding": "gzip" });
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(page.body).toString("utf8")).toContain("<main");
  });

  test("a revalidation with the ETag costs a 304 and no body", async ({ baseURL }) => {
    const first = await rawGet(`${baseURL}/api/datasets/azerbaijan-us-2025`, { "accept-encoding": "gzip" });
    const again = await rawGet(`${baseURL}/api/datasets/azerbaijan-us-2025`, { "accept-encoding": "gzip", "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});
