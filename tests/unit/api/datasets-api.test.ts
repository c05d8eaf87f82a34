import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getList } from "@/app/api/datasets/route";
import { rawFixture } from "../fixtures";
import { fetchOne } from "./fetchDataset";

let dir: string;
const previous = process.env.DATASETS_DIR;

function writeDataset(name: string, data: unknown) {
  writeFileSync(path.join(dir, `${name}.json`), typeof data === "string" ? data : JSON.stringify(data));
}


beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "datasets-"));
  process.env.DATASETS_DIR = dir;
  process.env.DATASETS_RECHECK_MS = "0"; // look at the file on every request, so a change shows at once
  writeDataset("mini", rawFixture());
  const broken = rawFixture();
  (broken.ties as { target: string }[])[1]!.target = "armnia";
  writeDataset("broken", { ...broken, id: "broken" });
  writeDataset("garbled", "{ not json");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env.DATASETS_DIR = previous;
});

describe("GET /api/datasets/<id>", () => {
  it("returns a valid dataset with an ETag, and 304 when it has not changed", async () => {
    const response = await fetchOne("mini");
    expect(response.status).toBe(200);
    // Browsers revalidate each time; a CDN may keep it a minute; nobody re-encodes it.
    expect(response.headers.get("cache-control")).toMatch(/max-age=0.*s-maxage=60.*no-transform/);
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    const body = await response.json();
    expect(body.id).toBe("mini");
    expect(body.events).toHaveLength(6);
    expect((await fetchOne("mini", { "if-none-match": etag! })).status).toBe(304);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const missing = await fetchOne("nope");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/nope/);
    for (const id of ["../etc/passwd", "<script>", "UPPER", "a b"]) {
      expect((await fetchOne(id)).status).toBe(400);
    }
    for (const id of ["a".repeat(200), "trailing-", "a--b"]) {
      expect((await fetchOne(id)).status).toBe(404);
    }
  });

  it("answers 422 with every problem for an invalid file, while the others keep working", async () => {
    const response = await fetchOne("broken");
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.problems).toContainEqual({ path: "ties[1].target", message: 'unknown actor "armnia"' });
    expect((await fetchOne("garbled")).status).toBe(422);
    expect((await fetchOne("mini")).status).toBe(200);
  });

  it("rejects a file whose id does not match its name", async () => {
    writeDataset("renamed", rawFixture());
    const response = await fetchOne("renamed");
    expect(response.status).toBe(422);
    expect((await response.json()).problems[0].path).toBe("id");
  });

  it("rereads a file when it changes, with no restart", async () => {
    const data = rawFixture();
    writeDataset("changing", { ...data, id: "changing" });
    expect((await (await fetchOne("changing")).json()).title).toBe("Mini test dataset");
    writeDataset("changing", { ...data, id: "changing", title: "Changed title" });
    const file = path.join(dir, "changing.json");
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect((await (await fetchOne("changing")).json()).title).toBe("Changed title");
    expect(readFileSync(file, "utf8")).toContain("Changed title");
  });
});

describe("file checks", () => {
  it("looks at a file at most once per DATASETS_RECHECK_MS", async () => {
    const data = rawFixture();
    writeDataset("throttled", { ...data, id: "throttled" });
    process.env.DATASETS_RECHECK_MS = "60000";
    try {
      expect((await (await fetchOne("throttled")).json()).title).toBe("Mini test dataset");
      writeDataset("throttled", { ...data, id: "throttled", title: "Changed" });
      const later = new Date(Date.now() + 5000);
      utimesSync(path.join(dir, "throttled.json"), later, later);
      expect((await (await fetchOne("throttled")).json()).title).toBe("Mini test dataset");
    } finally {
      process.env.DATASETS_RECHECK_MS = "0";
    }
    expect((await (await fetchOne("throttled")).json()).title).toBe("Changed");
  });
});

describe("GET /api/datasets", () => {
  it("lists the valid datasets with their counts", async () => {
    const response = await getList();
    expect(response.status).toBe(200);
    const list = await response.json();
    expect(list).toContainEqual({ id: "mini", title: "Mini test dataset", events: 6, actors: 5, ties: 4 });
    expect(list.map((d: { id: string }) => d.id)).not.toContain("broken");
  });
});

