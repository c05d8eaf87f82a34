import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchDataset } from "@/components/dashboard/fetchDataset";
import { datasetFromBytes, takeDatasetBytes } from "@/components/shared/datasetBytes";

// Not a whole dataset: fetchDataset trusts the server's validation and only parses.
const body = { id: "bytes-test", title: "Azerbaijan–US relations (en dash, and ü)", events: [], actors: [], ties: [] };

afterEach(() => vi.unstubAllGlobals());

describe("fetchDataset", () => {
  it("parses the API's bytes and keeps them for one worker to take", async () => {
    const text = JSON.stringify(body);
    vi.stubGlobal("fetch", vi.fn(async () => new Response(text, { status: 200, headers: { etag: '"v1"' } })));
    const dataset = await fetchDataset("/api/datasets/bytes-test");
    expect(dataset).toEqual(body);
    const bytes = takeDatasetBytes(dataset);
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(datasetFromBytes(bytes!)).toEqual(body);
    // Taken once: a second worker would get the object instead.
    expect(takeDatasetBytes(dataset)).toBeUndefined();
  });

  it("answers a 304 with the very object it parsed before", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { etag: '"v2"' } }));
    vi.stubGlobal("fetch", fetch);
    const first = await fetchDataset("/api/datasets/bytes-test-304");
    fetch.mockImplementation(async () => new Response(null, { status: 304 }));
    const second = await fetchDataset("/api/datasets/bytes-test-304");
    expect(second).toBe(first);
    expect(fetch.mock.calls[1]).toEqual(["/api/datasets/bytes-test-304", expect.objectContaining({ headers: { "If-None-Match": '"v2"' } })]);
  });
});
