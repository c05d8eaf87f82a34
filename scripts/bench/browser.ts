/** Headless Chromium for the benchmark: Debian's (or CHROMIUM_PATH), else Playwright's own if installed. */
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium";

/**
 * Extra flags for the browser the held-PageDown scrub runs in: frames are not held to 60 Hz, so a frame
 * lasts as long as the page's work for it. (Headless Chromium still paces frames that draw nothing at
 * about 60 Hz, so a step that changes nothing shows as a ~17 ms frame there.)
 */
export const UNLIMITED_FRAMES_ARGS = ["--disable-frame-rate-limit"];

/** Launches Chromium with the usual flags plus `extraArgs`, with a clear message when none is found. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
  } catch (error) {
    throw new Error(
      `cannot start Chromium (${executablePath ?? "Playwright's bundled browser"}): ${(error as Error).message.split("\n")[0]}\n` +
        "Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
}

/** Shim for the `__name` helper tsx (esbuild keepNames) writes into functions that are then serialised into the page. */
export const NAME_SHIM = "globalThis.__name = globalThis.__name || ((fn) => fn);";
