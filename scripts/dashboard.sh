#!/usr/bin/env bash
# One command to run the dashboard: install what is missing, build, serve on the bundled dataset.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npx next build
port="${PORT:-3000}"
echo "» the dashboard is at http://127.0.0.1:${port}/ (Ctrl+C stops it)"
exec npx next start -H 127.0.0.1 -p "$port"
