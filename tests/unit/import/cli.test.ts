import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../../scripts/import";
import { importFiles } from "@/lib/import";
import { sample } from "./helpers";

const ROOT = path.join(__dirname, "..", "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "import");
const dir = mkdtempSync(path.join(tmpdir(), "import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  const result = spawnSync(TSX, [path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_NO_WARNINGS: "1" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim().split("\n") };
}

describe("npm run import", () => {
  it("writes a dataset that npm run validate accepts, names the detected format, ends stderr with the counts, and agrees with the page's importer", () => {
    const out = path.join(dir, "acled-sample.json");
    const result = run("import.ts", [path.join(FIXTURES, "acled.csv"), "--out", out, "--title", "ACLED <b>sample</b>"]);
    expect(result.status).toBe(0);
    expect(result.stderr[0]).toMatch(/^format: events-csv/);
    expect(result.stderr.at(-1)).toBe("3 events, 5 actors, 6 ties, 2 themes, 0 periods");
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(written).toMatchObject({ id: "acled-sample", title: "ACLED sample" });
    const validate = run("validate.ts", [out]);
    expect(validate.status).toBe(0);
    const page = importFiles([sample("acled.csv")], { id: "acled-sample", title: "ACLED <b>sample</b>" });
    expect(page.ok && page.dataset).toEqual(written);
  }, 30_000);

  it("on failure prints file:row:column: message lines, exits 1 and writes no file", () => {
    const out = path.join(dir, "never.json");
    const bad = path.join(dir, "bad.csv");
    writeFileSync(bad, "date,title,actors\n2024-01-01,Fine,A;B\n2024-02-30,Bad,A\n");
    const result = run("import.ts", [bad, "--format", "events-csv", "--map", "actors=actors", "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toEqual([`${bad}:3:date: "2024-02-30" is not a real calendar date`]);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it("parses its options: formats, repeated --map with column lists, and refuses unknown ones", () => {
    expect(parseArgs(["a.csv", "b.csv", "--format", "gephi-csv", "--id", "x", "--map", "actors=actor1,actor2", "--map", "actors=assoc", "--map", "date=when"])).toEqual({
      files: ["a.csv", "b.csv"],
      format: "gephi-csv",
      id: "x",
      map: { actors: ["actor1", "actor2", "assoc"], date: ["when"] },
    });
    expect(parseArgs(["--format", "excel", "--map", "colour=red", "--what"])).toEqual({
      errors: [
        'unknown format "excel" (one of: dataset, timelinejs, timelinejs-csv, kumu, kumu-csv, gexf, gephi-csv, events-csv)',
        '--map wants <field>=<column> with a field among date, end, title, actors, themes, url, description (got "colour=red")',
        "unknown option --what",
        "name at least one file to import",
      ],
    });
  });
});
