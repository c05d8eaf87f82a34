#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright: CHROMIUM_PATH, Debian's /usr/bin/chromium, or
# Playwright's own browser. On Debian as root it installs Debian's Chromium when none is found.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if node -e 'const p=require("playwright-core").chromium.executablePath(); process.exit(require("fs").existsSync(p)?0:1)' 2>/dev/null; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "» installing Debian's Chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-liberation >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
No Chromium found for the browser tests. Do one of:
  - Debian/Ubuntu: sudo apt-get install chromium fonts-liberation
  - any system:    npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium or Chrome binary.
MSG
exit 1
