import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getList } from "@/app/api/datasets/route";
import { cachedDatasetCount, isDatasetCached, loadDataset } from "@/lib/server/datasets";
import { readDatasetFile } from "@/lib/server/readDatasetFile";
import { rawFixture } from "../fixtures";
import { fetchOne } from "./fetchDataset";

let root: string;
let dir: string;
const previous = { dir: process.env.DATASETS_DIR, recheck: process.env.DATASETS_RECHECK_MS, max: process.env.DATASET_MAX_BYTES };

const datasetText = (id: string, title = "Mini test dataset") => JSON.stringify({ ...rawFixture(), id, title });
const write = (id: string, text = datasetText(id)) => writeFileSync(path.join(dir, `${id}.json`), text);

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "datasets-files-"));
  dir = path.join(root, "datasets");
  mkdirSync(dir);
  process.env.DATASETS_DIR = dir;
  process.env.DATASETS_RECHECK_MS = "0";
  write("good");
  // Everything below is broken in a different way; none may take the list down.
  mkdirSync(path.join(dir, "folder.json"));
  writeFileSync(path.join(root, "outside.json"), datasetText("escape"));
  symlinkSync(path.join(root, "outside.json"), path.join(dir, "escape.json"));
  symlinkSync(path.join(dir, "loop.json"), path.join(dir, "loop.json"));
  write("locked");
  chmodSync(path.join(dir, "locked.json"), 0o000);
  symlinkSync(path.join(dir, "good.json"), path.join(dir, "alias.json"));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  process.env.DATASETS_DIR = previous.dir;
  process.env.DATASETS_RECHECK_MS = previous.recheck;
  if (previous.max === undefined) delete process.env.DATASET_MAX_BYTES;
  else process.env.DATASET_MAX_BYTES = previous.max;
});

describe("the list endpoint with broken files beside good ones", () => {
  it("lists the readable datasets and leaves the others out", async () => {
    const response = await getList();
    expect(response.status).toBe(200);
    const ids = (await response.json()).map((d: { id: string }) => d.id);
    expect(ids).toContain("good");
    expect(ids).not.toContain("folder");
    expect(ids).not.toContain("escape");
    expect(ids).not.toContain("loop");
  });

  it("refuses a symlink that leads out of the folder, but follows one that stays inside", async () => {
    const escape = await fetchOne("escape");
    expect(escape.status).toBe(403);
    expect((await escape.json()).error).toMatch(/outside the datasets folder/);
    // alias.json → good.json is inside: served, though its id ("good") names another file.
    expect((await fetchOne("alias")).status).toBe(422);
  });

  it("explains a directory named like a dataset and a link loop instead of failing", async () => {
    expect((await fetchOne("folder")).status).toBe(403);
    const loop = await fetchOne("loop");
    expect(loop.status).toBe(500);
    expect((await loop.json()).error).toMatch(/could not be read \(ELOOP\)/);
  });

  it("reports a file without read permission as unreadable (as root, permissions do not apply and it is served)", async () => {
    const status = (await fetchOne("locked")).status;
    expect(status).toBe(process.getuid?.() === 0 ? 200 : 500);
  });
});

describe("DATASET_MAX_BYTES", () => {
  it("answers 413 with the size and the limit, for a file over the limit", async () => {
    write("big", datasetText("big"));
    process.env.DATASET_MAX_BYTES = "1000";
    try {
      const response = await fetchOne("big");
      expect(response.status).toBe(413);
      const body = await response.json();
      expect(body.limit).toBe(1000);
      expect(body.size).toBeGreaterThan(1000);
      expect(body.error).toMatch(/over the limit/);
    } finally {
      delete process.env.DATASET_MAX_BYTES;
    }
    expect((await fetchOne("big")).status).toBe(200);
  });
});

describe("files that change or go", () => {
  it("a dataset counts as held once it has been read, and no longer once its file is gone", async () => {
    write("held");
    expect(isDatasetCached("held")).toBe(false);
    expect((await loadDataset("held")).status).toBe("ok");
    expect(isDatasetCached("held")).toBe(true);
    // Never a read, nor a path outside the folder, for an id of the wrong shape.
    expect(isDatasetCached("../held")).toBe(false);
    unlinkSync(path.join(dir, "held.json"));
    expect((await loadDataset("held")).status).toBe("not-found");
    expect(isDatasetCached("held")).toBe(false);
  });

  it("deleted files leave the cache and answer 404", async () => {
    write("gone");
    expect((await fetchOne("gone")).status).toBe(200);
    const before = cachedDatasetCount();
    unlinkSync(path.join(dir, "gone.json"));
    expect((await fetchOne("gone")).status).toBe(404);
    expect(cachedDatasetCount()).toBe(before - 1);
  });

  it("never parses a file that is rewritten while it is read", async () => {
    const file = path.join(dir, "churn.json");
    const versions = [datasetText("churn", "Version A"), datasetText("churn", `Version B ${"x".repeat(50_000)}`)];
    writeFileSync(file, versions[0]!);
    // A writer rewrites the file in place (truncate, then write) as fast as it can while we read it.
    let stop = false;
    let writes = 0;
    const writer = (async () => {
      while (!stop) {
        writeFileSync(file, versions[writes++ % 2]!);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const titles = new Set<string>();
    try {
      for (let i = 0; i < 20; i++) {
        const result = await loadDataset("churn");
        // A torn read would surface as invalid JSON (422); busy (503) or a whole version are the only honest answers.
        expect(["ok", "busy"]).toContain(result.status);
        if (result.status === "ok") titles.add(result.dataset.title.slice(0, 9));
      }
    } finally {
      stop = true;
      await writer;
    }
    expect(writes).toBeGreaterThan(10);
    for (const title of titles) expect(["Version A", "Version B"]).toContain(title);
  }, 20_000);

  it("a read sees one consistent version or reports busy", async () => {
    write("steady");
    const read = await readDatasetFile(dir, "steady.json");
    expect(read.status).toBe("read");
    expect(await readDatasetFile(dir, "nothing.json")).toEqual({ status: "missing" });
  });
});
