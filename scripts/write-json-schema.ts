/** Writes data/dataset.schema.json from the zod schema (run after changing lib/dataset/schema.ts). */
import { writeFileSync } from "node:fs";
import { datasetJsonSchemaText } from "../lib/dataset/jsonSchema";

const file = new URL("../data/dataset.schema.json", import.meta.url);
writeFileSync(file, datasetJsonSchemaText());
console.log(`wrote ${file.pathname}`);
