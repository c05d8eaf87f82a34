import { expect, test } from "@playwright/test";
import { openDashboard, regions } from "./helpers";

test.describe("actors over time", () => {
  test("Most connected and Brokers list the window's actors, and each selects its actor", async ({ page }) => {
    await openDashboard(page);
    const { details, network } = regions(page);
    const connected = details.getByRole("list", { name: "Most connected" });
    await expect(connected.getByRole("listitem")).toHaveCount(10);
    // The first is the actor with the most ties in the window: its button in the network says as much.
    const top = connected.getByRole("button").first();
    const name = (await top.textContent())!;
    const brokers = details.getByRole("list", { name: "Brokers" });
    await expect(brokers.getByRole("listitem").first()).toBeVisible({ timeout: 15_000 });
    await top.click();
    await expect(network.getByRole("button", { name, exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(name);
    await page.keyboard.press("Escape");
    const broker = details.getByRole("list", { name: "Brokers" }).getByRole("button").first();
    const brokerName = (await broker.textContent())!;
    await broker.click();
    await expect(network.getByRole("button", { name: brokerName, exact: true })).toHaveAttribute("aria-pressed", "true");
  });

  test("a selected actor's Ties over time draws its ties per step, with the numbers in a table", async ({ page }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    const figure = regions(page).details.getByRole("figure", { name: "Ties over time" });
    await expect(figure.getByRole("img")).toBeVisible({ timeout: 15_000 });
    await figure.getByText("Table").click();
    const rows = figure.getByRole("row");
    expect(await rows.count()).toBeGreaterThan(10);
    const counts = (await figure.locator("tbody td:nth-child(3)").allTextContents()).map(Number);
    expect(Math.max(...counts)).toBeGreaterThan(0);
  });

  test("Size by betweenness resizes the network's actors, and back", async ({ page }) => {
    await openDashboard(page);
    const network = regions(page).network;
    const sizeBy = network.getByRole("combobox", { name: "Size by" });
    // The node marks' outlines (the drawing's third group: after the ghosts and the ties).
    const shapes = () => network.locator("svg > g").nth(2).locator("path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d")).join("|"));
    const byTies = await shapes();
    await sizeBy.selectOption("betweenness");
    await expect.poll(shapes, { timeout: 15_000 }).not.toBe(byTies);
    await expect(network.getByText("measuring…")).toHaveCount(0);
    await sizeBy.selectOption("ties");
    await expect.poll(shapes).toBe(byTies);
  });
});

test("the overview stacks its bars in the themes' colours, and draws the selected actor's events as a line", async ({ page }) => {
  await openDashboard(page);
  const overview = regions(page).timeline.locator("svg[class*=overviewSvg]");
  const fills = await overview.locator("path[fill]").evaluateAll((bars) => new Set(bars.map((b) => b.getAttribute("fill"))).size);
  expect(fills).toBeGreaterThanOrEqual(4);
  const paths = () => overview.locator("path").count();
  const without = await paths();
  await regions(page).network.getByRole("button", { name: "Azerbaijan", exact: true }).click();
  await expect.poll(paths).toBe(without + 2);
  expect(await overview.locator("circle").count()).toBeGreaterThan(2);
  await page.keyboard.press("Escape");
  await expect.poll(paths).toBe(without);
});
