/** The dataset's JSON Schema, generated from the zod schema, for editors (completion and checking). */
import { z } from "zod";
import { datasetShapeSchema } from "./schema";

/** The JSON Schema document written to data/dataset.schema.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetShapeSchema, { io: "input", unrepresentable: "any" });
  return {
    ...schema,
    title: "Dataset for the linked timeline and relationship dashboard",
    description:
      "Cross-references (unknown ids, duplicates, self-ties, ranges ending before they start) are checked by `npm run validate`, not by this schema.",
  };
}

/** The file's exact text (stable formatting, trailing newline), so a staleness test can compare it. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
