import { expect, type Page } from "@playwright/test";

/** Opens a URL and waits until both views have drawn (the contract's data-ready on <main>). */
export async function openDashboard(page: Page, url = "/") {
  await page.goto(url);
  await expect(page.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
}

/** Console errors and uncaught page errors seen while the test runs. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** The status line's three counts, read through the contract's wording. */
export async function statusCounts(page: Page) {
  const status = page.getByRole("status").filter({ hasText: "events" });
  // The status line follows the views (a burst of steps a moment later) and says aria-busy until it caught up.
  await expect(status).not.toHaveAttribute("aria-busy", "true");
  const text = (await status.textContent()) ?? "";
  const read = (noun: string) => {
    const match = new RegExp(`(\\d+) of (\\d+) ${noun}`).exec(text);
    if (!match) throw new Error(`status line has no "${noun}" count: ${text}`);
    return { visible: Number(match[1]), total: Number(match[2]) };
  };
  return { events: read("events"), actors: read("actors"), ties: read("ties") };
}

/** The regions of the contract. */
export const regions = (page: Page) => ({
  timeline: page.getByRole("region", { name: "Timeline" }),
  network: page.getByRole("region", { name: "Network" }),
  details: page.getByRole("complementary", { name: "Details" }),
});
