/**
 * npm run import -- <file...> [--format <id>] [--id <dataset-id>] [--title <text>] [--map <field>=<column> ...] [--out <file.json>]
 *
 * Imports other tools' files as one dataset (lib/import). Success: the dataset JSON on stdout or in --out
 * (its id defaults to the --out file name, so the server finds it), and a last stderr line
 * `N events, N actors, N ties, N themes, N periods`. Failure: one `<file>:<row or line>:<column or field>: <message>`
 * line per problem on stderr, exit 1, and no output file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { slugify } from "../lib/import/ids";
import { decodeBytes } from "../lib/import/decode";
import { FORMAT_IDS, FORMAT_NAMES, MAP_FIELDS, formatImportProblem, importFiles, isFormatId, summarize, type ColumnMapping, type FormatId, type ImportFile, type MapField } from "../lib/import";

interface Args {
  files: string[];
  format?: FormatId;
  id?: string;
  title?: string;
  map: ColumnMapping;
  out?: string;
}

/** Parses the arguments, or returns the reasons they are wrong. */
export function parseArgs(argv: string[]): Args | { errors: string[] } {
  const args: Args = { files: [], map: {} };
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) errors.push(`${arg} needs a value`);
      return next;
    };
    if (arg === "--format") {
      const format = value();
      if (format !== undefined && !isFormatId(format)) errors.push(`unknown format "${format}" (one of: ${FORMAT_IDS.join(", ")})`);
      else args.format = format as FormatId;
    } else if (arg === "--id") args.id = value();
    else if (arg === "--title") args.title = value();
    else if (arg === "--out") args.out = value();
    else if (arg === "--map") {
      const pair = value() ?? "";
      const eq = pair.indexOf("=");
      const field = pair.slice(0, eq) as MapField;
      if (eq < 1 || !MAP_FIELDS.includes(field)) errors.push(`--map wants <field>=<column> with a field among ${MAP_FIELDS.join(", ")} (got "${pair}")`);
      else args.map[field] = [...(args.map[field] ?? []), ...pair.slice(eq + 1).split(",").map((c) => c.trim()).filter(Boolean)];
    } else if (arg.startsWith("--")) errors.push(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) errors.push("name at least one file to import");
  return errors.length ? { errors } : args;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if ("errors" in args) {
    for (const e of args.errors) console.error(`import: ${e}`);
    console.error("usage: npm run import -- <file...> [--format <id>] [--id <dataset-id>] [--title <text>] [--map <field>=<column> ...] [--out <file.json>]");
    return 1;
  }
  const files: ImportFile[] = [];
  const problems: string[] = [];
  for (const name of args.files) {
    try {
      const decoded = decodeBytes(readFileSync(name));
      if ("problem" in decoded) problems.push(`${name}:-:-: ${decoded.problem}`);
      else files.push({ name, text: decoded.text });
    } catch (error) {
      problems.push(`${name}:-:-: cannot read: ${(error as Error).message}`);
    }
  }
  if (problems.length) {
    problems.forEach((p) => console.error(p));
    return 1;
  }
  const id = args.id ?? (args.out ? slugify(path.basename(args.out, ".json")) : undefined);
  const result = importFiles(files, { format: args.format, id, title: args.title, map: args.map });
  if (!args.format && result.format) console.error(`format: ${result.format} (${FORMAT_NAMES[result.format]})`);
  if (!result.ok) {
    result.problems.forEach((p) => console.error(formatImportProblem(p)));
    return 1;
  }
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (args.out) writeFileSync(args.out, json);
  else process.stdout.write(json);
  console.error(summarize(result.dataset));
  return 0;
}

// Run only as a script (the test imports parseArgs).
if (process.argv[1] && /import\.ts$/.test(process.argv[1])) process.exitCode = main();
