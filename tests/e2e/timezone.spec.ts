import { expect, test } from "@playwright/test";
import { openDashboard, regions } from "./helpers";

// Runs in both Playwright projects; in "kiritimati-de" the browser is at UTC+14 with a German locale,
// where a date taken as UTC midnight and shown in local time would already be the next day.
test("a day-precision event stays on its day: in Details, in the window and at the window's edges", async ({ page }) => {
  await openDashboard(page, "/?from=2016-11-08&to=2016-11-08&event=trump-elected-2016");
  const { timeline, details } = regions(page);
  await expect(details.locator('time[datetime="2016-11-08"]').first()).toBeVisible();
  await expect(details).toContainText("8 November 2016");
  const start = page.getByRole("slider", { name: "Window start" });
  const end = page.getByRole("slider", { name: "Window end" });
  await expect(start).toHaveAttribute("aria-valuetext", "2016-11-08");
  await expect(end).toHaveAttribute("aria-valuetext", "2016-11-08");
  const event = timeline.getByRole("button", { name: /^Trump wins the 2016/ });
  await expect(event).toHaveCount(1);

  // One day later at the end: still in. Then the start passes it: out, on exactly that step.
  await end.focus();
  await page.keyboard.press("ArrowRight");
  await expect(end).toHaveAttribute("aria-valuetext", "2016-11-09");
  await expect(event).toHaveCount(1);
  await start.focus();
  await page.keyboard.press("ArrowRight");
  await expect(start).toHaveAttribute("aria-valuetext", "2016-11-09");
  await expect(event).toHaveCount(0);
  await expect(page).toHaveURL(/from=2016-11-09&to=2016-11-09/);
});

test("month steps from the end of November keep the month's last day, both ways", async ({ page }) => {
  await openDashboard(page, "/?from=2016-01-01&to=2016-11-30");
  const end = page.getByRole("slider", { name: "Window end" });
  await end.focus();
  await page.keyboard.press("PageUp");
  await expect(end).toHaveAttribute("aria-valuetext", "2016-12-31");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(end).toHaveAttribute("aria-valuetext", "2016-10-31");
});
