/** Headless Chromium for the benchmark: Debian's (or CHROMIUM_PATH), else Playwright's own if installed. */
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium";

/** Launches Chromium, with a clear message when none is found. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(
      `cannot start Chromium (${executablePath ?? "Playwright's bundled browser"}): ${(error as Error).message.split("\n")[0]}\n` +
        "Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
}

/** Shim for the `__name` helper tsx (esbuild keepNames) writes into functions that are then serialised into the page. */
export const NAME_SHIM = "globalThis.__name = globalThis.__name || ((fn) => fn);";
