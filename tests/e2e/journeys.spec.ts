import { expect, test, type Page } from "@playwright/test";
import { openDashboard, regions, statusCounts } from "./helpers";

const eventButton = (page: Page, title: RegExp) => regions(page).timeline.getByRole("button", { name: title });

test.describe("journeys", () => {
  test("scrub: moving Window end to 2024-12-31 drops January events and ties, and survives a reload", async ({ page }) => {
    await openDashboard(page);
    const before = await statusCounts(page);
    await expect(eventButton(page, /^Aliyev.s TV interview: high hopes for Trump/)).toBeVisible();
    const end = page.getByRole("slider", { name: "Window end" });
    await end.focus();
    for (let i = 0; i < 31; i++) await end.press("ArrowLeft");
    await expect(end).toHaveAttribute("aria-valuetext", "2024-12-31");
    await expect(eventButton(page, /^Aliyev.s TV interview: high hopes for Trump/)).toHaveCount(0);
    const after = await statusCounts(page);
    expect(after.events.visible).toBeLessThan(before.events.visible);
    expect(after.ties.visible).toBeLessThan(before.ties.visible);
    await expect(page).toHaveURL(/[?&]to=2024-12-31/);
    await page.reload();
    await expect(page.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    await expect(page.getByRole("slider", { name: "Window end" })).toHaveAttribute("aria-valuetext", "2024-12-31");
    expect(await statusCounts(page)).toEqual(after);
  });

  test("actor: clicking Azerbaijan lists its ties and highlights its events; Back clears it", async ({ page }) => {
    await openDashboard(page);
    const { network, details } = regions(page);
    const azerbaijan = network.getByRole("button", { name: "Azerbaijan", exact: true });
    await azerbaijan.click();
    await expect(azerbaijan).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/[?&]actor=azerbaijan/);
    await expect(details.getByRole("heading", { name: "Azerbaijan", level: 2 })).toBeVisible();
    const ties = details.getByRole("list", { name: "Ties" });
    await expect(ties.getByRole("listitem").filter({ hasText: "United States" }).first()).toBeVisible();
    await expect(ties.getByRole("listitem").filter({ hasText: "Armenia" }).first()).toBeVisible();
    await page.goBack();
    await expect(azerbaijan).toHaveAttribute("aria-pressed", "false");
    await expect(page).not.toHaveURL(/actor=/);
  });

  test("theme: checking the peace process hides the Kazan summit, keeps the Malta refusal, and matches the counts", async ({ page }) => {
    await openDashboard(page);
    await expect(eventButton(page, /^BRICS summit in Kazan/)).toBeVisible();
    const before = await statusCounts(page);
    await page.getByRole("group", { name: "Themes" }).getByRole("checkbox", { name: /Armenia–Azerbaijan peace process/ }).check();
    await expect(page).toHaveURL(/[?&]themes=peace-process/);
    await expect(eventButton(page, /^BRICS summit in Kazan/)).toHaveCount(0);
    await expect(eventButton(page, /^Baku declines a US-hosted meeting with Armenia/)).toBeVisible();
    // The status line follows the views a moment later (it updates in a transition): wait for it to count the filter.
    await expect.poll(async () => (await statusCounts(page)).events.visible).toBeLessThan(before.events.visible);
    const counts = await statusCounts(page);
    const buttons = await regions(page).timeline.getByRole("button").evaluateAll((els) => els.length);
    expect(counts.events.visible).toBeGreaterThan(0);
    expect(buttons).toBeGreaterThanOrEqual(counts.events.visible);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(eventButton(page, /^BRICS summit in Kazan/)).toBeVisible();
  });

  test("search: Turkey finds Türkiye and Enter selects it in the network", async ({ page }) => {
    await openDashboard(page);
    const box = page.getByRole("searchbox", { name: "Search" });
    await box.fill("Turkey");
    await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toContainText("Türkiye");
    await box.press("Enter");
    await expect(page).toHaveURL(/[?&]actor=turkiye/);
    await expect(regions(page).network.getByRole("button", { name: "Türkiye", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(regions(page).details.getByRole("heading", { name: "Türkiye", level: 2 })).toBeVisible();
  });
});

test("details: Show in network on a phone scrolls the network into view", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page, "/?event=aliyev-jan7-interview");
  const { network } = regions(page);
  await expect(network).not.toBeInViewport({ ratio: 0.5 });
  await page.getByRole("button", { name: "Show in network" }).first().click();
  await expect(network).toBeInViewport({ ratio: 0.5 });
});

test("details: Show in network frames the selected event's actors after the view was zoomed away", async ({ page }) => {
  await openDashboard(page, "/?event=aliyev-jan7-interview");
  const { network, details } = regions(page);
  const aliyev = network.getByRole("button", { name: "Ilham Aliyev", exact: true });
  const inside = async () => {
    const [box, region] = [await aliyev.boundingBox(), await network.boundingBox()];
    return !!box && !!region && box.x >= region.x && box.x + box.width <= region.x + region.width && box.y >= region.y && box.y + box.height <= region.y + region.height;
  };
  const zoomIn = network.getByRole("button", { name: "Zoom in" });
  for (let i = 0; i < 6; i++) await zoomIn.click();
  await expect.poll(inside).toBe(false);
  await details.getByRole("button", { name: "Show in network" }).click();
  await expect.poll(inside).toBe(true);
});
