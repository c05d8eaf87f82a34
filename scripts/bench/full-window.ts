/**
 * The state both PageDown measurements start from: the dataset's full extent ("All dates"), the page
 * quiet again, and the slider "Window end" focused. Also reads the window as the sliders show it.
 */
import type { Locator, Page } from "@playwright/test";
import { nextFrame } from "./probe";
import { waitForQuiet } from "./scrub";

/** The window as ISO dates (the sliders' aria-valuetext). */
export interface WindowText {
  from: string | null;
  to: string | null;
}

const startSlider = (page: Page) => page.getByRole("slider", { name: "Window start", exact: true });
const endSlider = (page: Page) => page.getByRole("slider", { name: "Window end", exact: true });

/** The window the sliders show now. */
export async function readWindow(page: Page): Promise<WindowText> {
  return { from: await startSlider(page).getAttribute("aria-valuetext"), to: await endSlider(page).getAttribute("aria-valuetext") };
}

function isFullWindow([start, end]: (Element | null)[]): boolean {
  return Boolean(start && end && start.getAttribute("aria-valuenow") === start.getAttribute("aria-valuemin") && end.getAttribute("aria-valuenow") === end.getAttribute("aria-valuemax"));
}

/** Clicks "All dates", waits until the window is the full extent and the page is quiet, then focuses "Window end". */
export async function fullWindowEndFocused(page: Page): Promise<{ slider: Locator; window: WindowText } | { na: string }> {
  const allDates = page.getByRole("button", { name: "All dates", exact: true }).first();
  if ((await allDates.count()) === 0) return { na: 'no button named "All dates"' };
  const start = startSlider(page);
  const end = endSlider(page);
  if ((await start.count()) === 0 || (await end.count()) === 0) return { na: 'no sliders named "Window start" and "Window end"' };
  await allDates.click();
  const handles = [await start.elementHandle(), await end.elementHandle()];
  try {
    await page.waitForFunction(isFullWindow, handles, { timeout: 10_000, polling: "raf" });
  } catch {
    return { na: '"All dates" did not set the window to the full extent within 10 s' };
  }
  await waitForQuiet(page);
  await end.scrollIntoViewIfNeeded();
  await end.focus();
  await page.evaluate(nextFrame);
  const focused = await end.evaluate((el) => el === document.activeElement);
  if (!focused) return { na: '"Window end" would not take focus' };
  return { slider: end, window: await readWindow(page) };
}
