#!/usr/bin/env bash
# The e2e suite's second server: the same production build over a datasets folder that holds what the
# bundled data cannot show: a graph large enough for the layout worker and the canvas draw worker, bins, an
# invalid file and a file over DATASET_MAX_BYTES (1 MB here). Used by the CSP and big-file specs.
set -euo pipefail
cd "$(dirname "$0")/.."
port="$1"
dir="test-results/e2e-datasets"
rm -rf "$dir" && mkdir -p "$dir"
cp data/datasets/*.json "$dir/"
npx tsx scripts/gen-synthetic.ts --events 200 --actors 450 --ties 400 --seed 7 --out "$dir/synthetic-large.json" >/dev/null
# More events than the detail view shows one by one (300): its bins.
npx tsx scripts/gen-synthetic.ts --events 800 --actors 40 --ties 60 --seed 9 --out "$dir/synthetic-bins.json" >/dev/null
# Loaded by one test only: a large graph's first load is laid out by the page's worker (the server lays it out
# for the loads after), and that test breaks the worker.
npx tsx scripts/gen-synthetic.ts --events 100 --actors 420 --ties 300 --seed 8 --out "$dir/synthetic-first-load.json" >/dev/null
node -e '
  const fs = require("fs");
  const [dir] = process.argv.slice(1);
  fs.writeFileSync(`${dir}/invalid-sample.json`, JSON.stringify({ id: "invalid-sample", title: 5 }));
  // Over the limit by size alone: the server must refuse it before reading, so its content does not matter.
  fs.writeFileSync(`${dir}/oversized.json`, "{}" + " ".repeat(1_200_000));
' "$dir"
export DATASETS_DIR="$dir" DATASET_MAX_BYTES=1000000 EMBED_ORIGINS="https://news.example https://blog.example:8443"
exec npx next start -H 127.0.0.1 -p "$port"
