import { expect, test, type Page } from "@playwright/test";
import { openDashboard } from "./helpers";

/** Types a query into the search box and returns the results' accessible texts once they show. */
async function results(page: Page, query: string) {
  const box = page.getByRole("searchbox", { name: "Search" });
  await box.fill(query);
  const list = page.getByRole("listbox", { name: "Search results" });
  await expect(list.getByRole("option").first()).toBeVisible();
  return list.getByRole("option");
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} search finds what people type, with whole titles and dates`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openDashboard(page);

    // "Malta" finds the refusal, whose summary alone names Malta.
    await expect(await results(page, "Malta")).toContainText(["Baku declines a US-hosted meeting with Armenia"]);
    // "interview" and "7 January" find the 7 January interview first.
    await expect((await results(page, "interview")).first()).toContainText("Aliyev's TV interview: high hopes for Trump");
    await expect((await results(page, "7 January")).first()).toContainText("Aliyev's TV interview: high hopes for Trump");
    await expect(await results(page, "Jan 2025")).not.toHaveCount(0);
    // "Hajiyev" finds Hajiyev, and no look-alike (Haniyeh).
    const hajiyev = await results(page, "Hajiyev");
    await expect(hajiyev.first()).toContainText("New MFA–embassy exchange over Bakhtiyar Hajiyev");
    await expect(hajiyev.filter({ hasText: /Haniyeh/ })).toHaveCount(0);

    // Results show the whole title (wrapping, never cut) and the date.
    const option = (await results(page, "Baku declines")).first();
    await expect(option).toContainText("5 December 2024");
    const cut = await option.evaluate((li) =>
      [...li.querySelectorAll("span")].some((s) => s.scrollWidth > s.clientWidth + 1 || getComputedStyle(s).textOverflow === "ellipsis"),
    );
    expect(cut).toBe(false);
  });
}
