import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openDashboard, regions, statusCounts } from "./helpers";

test.describe("compare two windows", () => {
  test("Compare adds a compare window before the main one, with its sliders, and takes it away again", async ({ page }) => {
    await openDashboard(page, "/?from=2025-01-01&to=2025-01-31");
    const toggle = page.getByRole("button", { name: "Compare" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("slider", { name: "Compare start" })).toHaveAttribute("aria-valuetext", "2024-12-01");
    await expect(page.getByRole("slider", { name: "Compare end" })).toHaveAttribute("aria-valuetext", "2024-12-31");
    await expect(page).toHaveURL(/compare=2024-12-01\.\.2024-12-31/);
    await expect(page.getByRole("status").filter({ hasText: "events" })).toHaveText(/\d+ gained, \d+ lost, \d+ turned/);
    await toggle.click();
    await expect(page.getByRole("slider", { name: "Compare start" })).toHaveCount(0);
    await expect(page).not.toHaveURL(/compare=/);
  });

  test("Dec 2024 against Jan 2025 shows Azerbaijan–United States turned hostile → positive, and survives a reload", async ({ page }) => {
    await openDashboard(page, "/?from=2025-01-01&to=2025-01-31&compare=2024-12-01..2024-12-31");
    const changes = regions(page).details.getByRole("list", { name: "Changes" });
    const item = changes.getByRole("listitem").filter({ hasText: /Azerbaijan – United States|United States – Azerbaijan/ }).filter({ hasText: "Turned" });
    await expect(item.first()).toContainText("hostile → positive");
    const status = page.getByRole("status").filter({ hasText: "events" });
    const match = /(\d+) gained, (\d+) lost, (\d+) turned/.exec((await status.textContent()) ?? "");
    expect(match).not.toBeNull();
    const [gained, lost, turned] = match!.slice(1).map(Number) as [number, number, number];
    expect(turned).toBeGreaterThanOrEqual(1);
    await expect(changes.getByRole("listitem")).toHaveCount(Math.min(60, gained + lost + turned));
    const counts = await statusCounts(page);
    await page.reload();
    await expect(page.locator("main")).toHaveAttribute("data-ready", "true");
    await expect(page.getByRole("slider", { name: "Compare start" })).toHaveAttribute("aria-valuetext", "2024-12-01");
    await expect(page.getByRole("slider", { name: "Compare end" })).toHaveAttribute("aria-valuetext", "2024-12-31");
    expect(await statusCounts(page)).toEqual(counts);
    await item.first().getByRole("button").click();
    await expect(page).toHaveURL(/tie=/);
  });

  test("the compare sliders move with the keyboard and never pass each other", async ({ page }) => {
    await openDashboard(page, "/?from=2025-01-01&to=2025-01-31&compare=2024-12-01..2024-12-31");
    const end = page.getByRole("slider", { name: "Compare end" });
    await end.focus();
    await page.keyboard.press("PageDown");
    await expect(end).toHaveAttribute("aria-valuetext", "2024-12-01");
    await page.keyboard.press("ArrowRight");
    await expect(end).toHaveAttribute("aria-valuetext", "2024-12-02");
    await expect(page).toHaveURL(/compare=2024-12-01\.\.2024-12-02/);
    // The main window did not move.
    await expect(page.getByRole("slider", { name: "Window start" })).toHaveAttribute("aria-valuetext", "2025-01-01");
  });

  test("with Compare on, no serious axe violation", async ({ page }) => {
    await openDashboard(page, "/?from=2025-01-01&to=2025-01-31&compare=2024-12-01..2024-12-31");
    await expect(regions(page).details.getByRole("list", { name: "Changes" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
});
