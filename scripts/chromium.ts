/** How the tests and the benchmark launch Chromium: one place for the binary and the quiet-network flags. */
import { existsSync } from "node:fs";

/** Flags that keep Chromium quiet on a closed network and working as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Debian's Chromium (or CHROMIUM_PATH) when present; undefined lets Playwright use its own browser. */
export function chromiumPath(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(candidate) ? candidate : undefined;
}
