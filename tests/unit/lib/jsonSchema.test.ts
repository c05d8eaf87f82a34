import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { datasetJsonSchemaText } from "@/lib/dataset/jsonSchema";

describe("data/dataset.schema.json", () => {
  it("is up to date with the zod schema (run `npm run schema:json` if this fails)", () => {
    const file = readFileSync(path.join(__dirname, "..", "..", "..", "data", "dataset.schema.json"), "utf8");
    expect(file).toBe(datasetJsonSchemaText());
  });
});
