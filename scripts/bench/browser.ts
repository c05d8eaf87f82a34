/** Headless Chromium for the benchmark: Debian's (or CHROMIUM_PATH), else Playwright's own if installed. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Launches Chromium, with a clear message when none is found. */
export async function launchBrowser(): Promise<Browser> {
  const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  const executablePath = existsSync(candidate) ? candidate : undefined;
  try {
    return await chromium.launch({ executablePath, args: ARGS });
  } catch (error) {
    throw new Error(
      `cannot start Chromium (${executablePath ?? "Playwright's bundled browser"}): ${(error as Error).message.split("\n")[0]}\n` +
        "Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
}

/** Shim for the `__name` helper tsx (esbuild keepNames) writes into functions that are then serialised into the page. */
export const NAME_SHIM = "globalThis.__name = globalThis.__name || ((fn) => fn);";
