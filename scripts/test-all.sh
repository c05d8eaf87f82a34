#!/usr/bin/env bash
# One command to test everything on a fresh machine: installs what is missing (npm packages, and
# Debian's Chromium when no browser is found), then runs lint, typecheck, unit tests, a production
# build and the Playwright e2e tests, and ends with one line "N passed, N failed" over all suites.
# Lint and typecheck count as one check each; unit and e2e tests count one per test.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json test-results/checks.txt

check() { # name, command…: runs a step and records pass/fail
  local name="$1"; shift
  echo "» $name"
  if "$@"; then echo "$name passed" >>test-results/checks.txt; else echo "$name failed" >>test-results/checks.txt; fi
}

bash scripts/ensure-deps.sh || { echo "npm install failed"; echo "0 passed, 1 failed"; exit 1; }
check lint npx eslint .
check typecheck bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
echo "» unit tests"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json
echo "» production build"
if npx next build >test-results/build.log 2>&1; then
  echo "build passed" >>test-results/checks.txt
  if bash scripts/ensure-chromium.sh; then
    echo "» e2e tests"
    npx playwright test
  else
    echo "e2e-browser failed" >>test-results/checks.txt
  fi
else
  cat test-results/build.log
  echo "build failed" >>test-results/checks.txt
fi
node scripts/summarize-tests.mjs
