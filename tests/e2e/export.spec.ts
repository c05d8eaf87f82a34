import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Page } from "@playwright/test";
import Papa from "papaparse";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseDatasetText } from "@/lib/dataset/parse";
import { collectErrors, openDashboard, statusCounts } from "./helpers";

/** A CSV file with a header row, read by the same library the page writes it with. */
const csvParse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

const VIEW = "/?from=2024-11-01&to=2025-01-31&themes=us-azerbaijan,peace-process&actor=azerbaijan";
const ID = "azerbaijan-us-2025";

const exportButton = (page: Page) => page.getByRole("button", { name: "Export", exact: true });

async function exportItem(page: Page, item: string): Promise<{ download: Download; bytes: Buffer }> {
  await exportButton(page).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  return { download, bytes: readFileSync((await download.path())!) };
}

function text(bytes: Buffer): string {
  return bytes.toString("utf8");
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Text content of every <text> element of an SVG. */
function svgTexts(svg: string): string[] {
  expect(XMLValidator.validate(svg)).toBe(true);
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => new XMLParser().parse(`<t>${m[1]}</t>`).t as string);
}

test.describe("Export menu", () => {
  test("is a menu button with the nine items, operable by keyboard, without serious axe violations", async ({ page }) => {
    await openDashboard(page, VIEW);
    const button = exportButton(page);
    await expect(button).toHaveAttribute("aria-haspopup", "menu");
    await button.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    const names = ["Timeline as PNG", "Timeline as SVG", "Network as PNG", "Network as SVG", "Events as CSV", "Actors as CSV", "Ties as CSV", "Selection as JSON", "Network as GEXF"];
    await expect(menu.getByRole("menuitem")).toHaveText(names);
    await expect(menu.getByRole("menuitem", { name: "Timeline as PNG" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(menu.getByRole("menuitem", { name: "Timeline as SVG" })).toBeFocused();
    await page.keyboard.press("End");
    await expect(menu.getByRole("menuitem", { name: "Network as GEXF" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(menu.getByRole("menuitem", { name: "Timeline as PNG" })).toBeFocused();

    const results = await new AxeBuilder({ page }).include('[role="menu"]').analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // Escape closes the menu, gives focus back to its button and leaves the selected actor selected.
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page).toHaveURL(/actor=azerbaijan/);

    // Enter on an item downloads it.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const [keyed] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(keyed.suggestedFilename()).toBe(`${ID}-timeline.svg`);
  });

  test("CSV items download the selection, one row per item, with a BOM", async ({ page }) => {
    const errors = collectErrors(page);
    await openDashboard(page, VIEW);
    const counts = await statusCounts(page);
    for (const [item, name, visible, first] of [
      ["Events as CSV", "events", counts.events.visible, "id,title,start,end,precision"],
      ["Actors as CSV", "actors", counts.actors.visible, "id,name,kind"],
      ["Ties as CSV", "ties", counts.ties.visible, "id,source,source_name,target,target_name,kind"],
    ] as const) {
      const { download, bytes } = await exportItem(page, item);
      expect(download.suggestedFilename()).toBe(`${ID}-${name}.csv`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = csvParse(text(bytes).slice(1));
      expect((rows.meta.fields ?? []).join(",")).toContain(first);
      expect(rows.data.length).toBe(visible);
    }
    const ties = csvParse(text((await exportItem(page, "Ties as CSV")).bytes).slice(1)).data;
    expect(ties.some((t) => t.source_name === "Azerbaijan" || t.target_name === "Azerbaijan")).toBe(true);
    const events = csvParse(text((await exportItem(page, "Events as CSV")).bytes).slice(1)).data;
    for (const e of events) expect(e.themes!.split("; ").some((t) => t === "us-azerbaijan" || t === "peace-process")).toBe(true);
    expect(errors).toEqual([]);
  });

  test("Selection as JSON is a valid dataset with the view's counts, and so is the network as GEXF", async ({ page }) => {
    await openDashboard(page, VIEW);
    const counts = await statusCounts(page);
    const json = await exportItem(page, "Selection as JSON");
    expect(json.download.suggestedFilename()).toBe(`${ID}-selection.json`);
    const parsed = parseDatasetText(text(json.bytes));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    expect(parsed.dataset.events).toHaveLength(counts.events.visible);
    expect(parsed.dataset.actors).toHaveLength(counts.actors.visible);
    expect(parsed.dataset.ties).toHaveLength(counts.ties.visible);

    const gexf = await exportItem(page, "Network as GEXF");
    expect(gexf.download.suggestedFilename()).toBe(`${ID}-network.gexf`);
    const xml = text(gexf.bytes);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    expect(doc.gexf.version).toBe("1.3");
    // The view's network (its window and themes), as every export: fewer than the whole dataset's.
    expect(counts.ties.visible).toBeLessThan(counts.ties.total);
    expect(doc.gexf.graph.edges.edge).toHaveLength(counts.ties.visible);
    expect(doc.gexf.graph.nodes.node).toHaveLength(counts.actors.visible);
  });

  test("pictures: SVGs parse and hold the title and names, PNGs are drawn at 2×", async ({ page }) => {
    await openDashboard(page, VIEW);
    const title = "Azerbaijan–US relations as Trump's second term begins";

    const timelineSvg = await exportItem(page, "Timeline as SVG");
    expect(timelineSvg.download.suggestedFilename()).toBe(`${ID}-timeline.svg`);
    const timelineWords = svgTexts(text(timelineSvg.bytes));
    expect(timelineWords).toContain(title);
    expect(timelineWords.some((w) => w.startsWith("1 Nov 2024 – 31 Jan 2025"))).toBe(true);
    expect(timelineWords).toContain("US–Azerbaijan relations");

    const networkSvg = await exportItem(page, "Network as SVG");
    expect(networkSvg.download.suggestedFilename()).toBe(`${ID}-network.svg`);
    const networkWords = svgTexts(text(networkSvg.bytes));
    expect(networkWords).toContain(title);
    expect(networkWords).toEqual(expect.arrayContaining(["Azerbaijan", "United States"]));
    expect(networkWords.some((w) => w.startsWith("Source: "))).toBe(true);
    const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(text(networkSvg.bytes))![1]);

    for (const [item, name, minWidth] of [["Timeline as PNG", "timeline", 2 * 1200], ["Network as PNG", "network", 2 * svgWidth]] as const) {
      const png = await exportItem(page, item);
      expect(png.download.suggestedFilename()).toBe(`${ID}-${name}.png`);
      const size = pngSize(png.bytes);
      expect(size.width).toBeGreaterThanOrEqual(minWidth);
      expect(size.height).toBeGreaterThan(400);
      expect(png.bytes.length).toBeGreaterThan(20_000);
    }
  });
});

test.describe("Copy link and Cite", () => {
  test("Copy link puts the current view's URL on the clipboard and says so", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await openDashboard(page, VIEW);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe("/");
    expect(Object.fromEntries(copied.searchParams)).toEqual({ from: "2024-11-01", to: "2025-01-31", themes: "us-azerbaijan,peace-process", actor: "azerbaijan" });
  });

  test("Cite opens a dialog with the citation as plain text and BibTeX, without serious axe violations", async ({ page }) => {
    await openDashboard(page, VIEW);
    await page.getByRole("button", { name: "Cite", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Cite" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Azerbaijan–US relations as Trump's second term begins");
    await expect(dialog).toContainText("1 November 2024 to 31 January 2025");
    await expect(dialog).toContainText("actor Azerbaijan");
    await expect(dialog).toContainText("US–Azerbaijan relations");
    await expect(dialog).toContainText(/@misc\{azerbaijanus2025\d{4},/);
    await expect(dialog).toContainText("?from=2024-11-01&to=2025-01-31");
    const results = await new AxeBuilder({ page }).include("dialog").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/actor=azerbaijan/);
  });
});

test("print shows the title, both views and Details, and hides the controls", async ({ page }) => {
  await openDashboard(page, VIEW);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Network" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { name: "Azerbaijan" })).toBeVisible();
  for (const name of ["Export", "Copy link", "Cite", "Play", "Clear filters", "Fit", "Close"]) await expect(page.getByRole("button", { name, exact: true })).toBeHidden();
  await expect(page.getByRole("group", { name: "Themes" })).toBeHidden();
  await expect(page.getByRole("searchbox")).toBeHidden();
  // Light colours whatever the screen's scheme.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
  // The network's kind colours too (a state's light colour, not its dark one).
  const stateColour = await page.getByRole("region", { name: "Network" }).evaluate((el) => getComputedStyle(el).getPropertyValue("--kind-state").trim());
  expect(stateColour).toBe("#2f3e4e");
});
