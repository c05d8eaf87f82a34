import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openDashboard, regions } from "./helpers";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test.describe("accessibility (axe)", () => {
  test("the initial view has no serious or critical violation", async ({ page }) => {
    await openDashboard(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("with an actor selected, none either", async ({ page }) => {
    await openDashboard(page);
    await regions(page).network.getByRole("button", { name: "Azerbaijan", exact: true }).click();
    await expect(regions(page).details.getByRole("list", { name: "Ties" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("at 390 px wide, none, and no horizontal scrollbar", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page);
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("at 390 px wide with Details open as a sheet, and with the themes open, none", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, "/?event=az-rejects-us-mediated-fm-meeting");
    await expect(regions(page).details.getByRole("button", { name: "Close" })).toBeInViewport();
    expect(await seriousViolations(page)).toEqual([]);
    await regions(page).details.getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: "Themes: all" }).click();
    await expect(page.getByRole("group", { name: "Themes" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("in dark mode, none", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openDashboard(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
