import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { collectErrors, openDashboard, statusCounts } from "./helpers";

const FIXTURES = path.join(__dirname, "..", "fixtures", "import");

test.describe("bring your own data", () => {
  test("open an event table through the dialog, see the counts, find it after a reload, then remove it", async ({ page }) => {
    const errors = collectErrors(page);
    await openDashboard(page);
    await page.getByRole("button", { name: "Open data" }).click();
    const dialog = page.getByRole("dialog", { name: "Open data" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("combobox", { name: "Format" }).locator("option").first()).toHaveText("Detect automatically");
    await dialog.getByLabel("Data files").setInputFiles(path.join(FIXTURES, "acled.csv"));
    // The mapping step, pre-filled from ACLED's headers.
    await expect(dialog.getByRole("combobox", { name: "Date", exact: true })).toHaveValue("event_date");
    for (const name of ["End date", "Title", "Actors", "Themes", "Source URL", "Description"]) await expect(dialog.getByRole("combobox", { name, exact: true })).toBeVisible();
    await expect(dialog.getByRole("status")).toHaveText("Ready to import: 3 events, 5 actors, 6 ties, 2 themes, 0 periods.");
    await expect(dialog.getByText(/^Detected: Event table/)).toBeVisible();
    await dialog.getByRole("button", { name: "Import" }).click();

    await expect(page).toHaveURL(/\?dataset=local-acled$/);
    await expect(page.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    await expect(page.getByRole("dialog", { name: "Open data" })).toHaveCount(0);
    expect((await statusCounts(page)).events.total).toBe(3);
    expect((await statusCounts(page)).actors.total).toBe(5);
    expect((await statusCounts(page)).ties.total).toBe(6);
    await expect(page).toHaveTitle(/acled/);

    await page.reload();
    await expect(page.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    expect((await statusCounts(page)).events.total).toBe(3);
    const picker = page.getByRole("combobox", { name: "Dataset" });
    await expect(picker.locator("option", { hasText: "acled" })).toHaveCount(1);
    await expect(picker.locator("option", { hasText: "Azerbaijan" })).toHaveCount(1);

    page.once("dialog", (confirm) => void confirm.accept());
    await page.getByRole("button", { name: "Remove dataset" }).click();
    await expect(page).not.toHaveURL(/local-acled/);
    await expect(page.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    await expect(page.getByRole("combobox", { name: "Dataset" }).locator("option", { hasText: "acled" })).toHaveCount(0);
    await page.goto("/?dataset=local-acled");
    await expect(page.getByRole("heading", { name: /No dataset named “local-acled” in this browser/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a broken file shows the problems in an alert and changes nothing", async ({ page }) => {
    await openDashboard(page);
    const before = await statusCounts(page);
    const url = page.url();
    await page.getByRole("button", { name: "Open data" }).click();
    const dialog = page.getByRole("dialog", { name: "Open data" });
    await dialog.getByLabel("Data files").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from("date,title,actors\n2024-01-01,Fine,A;B\n2024-02-30,<script>alert(1)</script>,A\n") });
    await dialog.getByRole("button", { name: "Import" }).click();
    const alert = dialog.getByRole("alert");
    await expect(alert).toContainText('broken.csv:3:date: "2024-02-30" is not a real calendar date');
    await expect(dialog).toBeVisible();
    expect(page.url()).toBe(url);
    expect(await statusCounts(page)).toEqual(before);
    await expect(page.getByRole("combobox", { name: "Dataset" }).locator("option")).toHaveCount(1);
  });

  test("the dialog has no serious or critical accessibility violation", async ({ page }) => {
    await openDashboard(page);
    await page.getByRole("button", { name: "Open data" }).click();
    await page.getByRole("dialog", { name: "Open data" }).getByLabel("Data files").setInputFiles(path.join(FIXTURES, "generic.csv"));
    await expect(page.getByRole("combobox", { name: "Actors", exact: true })).toHaveValue("actors");
    const results = await new AxeBuilder({ page }).include("dialog").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  test("a plain timeline (no actors) and a plain network (no events) open with an empty state in the view with nothing to draw", async ({ page }) => {
    const errors = collectErrors(page);
    for (const [file, empty, region] of [
      ["timeline.json", "No actors in this dataset", "Network"],
      ["dynamics.gexf", "No events.", "Timeline"],
    ] as const) {
      await openDashboard(page);
      await page.getByRole("button", { name: "Open data" }).click();
      const dialog = page.getByRole("dialog", { name: "Open data" });
      await dialog.getByLabel("Data files").setInputFiles(path.join(FIXTURES, file));
      await expect(dialog.getByRole("status")).toContainText("Ready to import");
      await dialog.getByRole("button", { name: "Import" }).click();
      await expect(page).toHaveURL(/\?dataset=local-/);
      await expect(page.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
      await expect(page.getByRole("region", { name: region })).toContainText(empty);
    }
    // BCE dates read as people write them, in the event's accessible name.
    await openDashboard(page, "/?dataset=local-whitney-houston-1963-2012");
    await page.getByRole("button", { name: "All dates" }).click();
    await expect(page.getByRole("region", { name: "Timeline" }).getByRole("button", { name: /^A date before the common era, 602 BCE/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a network without dates (a Kumu map) is shown whole, in any window", async ({ page }) => {
    const errors = collectErrors(page);
    await openDashboard(page);
    await page.getByRole("button", { name: "Open data" }).click();
    const dialog = page.getByRole("dialog", { name: "Open data" });
    await dialog.getByLabel("Data files").setInputFiles([path.join(FIXTURES, "kumu-elements.csv"), path.join(FIXTURES, "kumu-connections.csv")]);
    await expect(dialog.getByRole("status")).toHaveText(/^Ready to import: 0 events, 3 actors, 3 ties/);
    await dialog.getByRole("button", { name: "Import" }).click();
    // The imported dataset opens in place of the bundled one (whose page was ready too).
    await expect(page).toHaveURL(/\?dataset=local-/);
    await expect(page.getByRole("dialog", { name: "Open data" })).toHaveCount(0);
    await expect(page.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    const counts = await statusCounts(page);
    expect(counts.actors).toEqual({ visible: 3, total: 3 });
    expect(counts.ties).toEqual({ visible: 3, total: 3 });
    const network = page.getByRole("region", { name: "Network" });
    await expect(network.locator("button[aria-pressed]")).toHaveCount(3);
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText("No dates in this dataset: the network shows it whole.");
    expect(errors).toEqual([]);
  });
});
