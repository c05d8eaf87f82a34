import { expect, test } from "@playwright/test";
import { extraPort } from "../../playwright.config";
import { openDashboard, regions } from "./helpers";

const BINS_URL = `http://127.0.0.1:${extraPort}/?dataset=synthetic-bins`;

test("over bins, every lane's name is drawn on top, not under the bins' colour", async ({ page }) => {
  const themes: { label: string }[] = (await (await page.request.get(`http://127.0.0.1:${extraPort}/api/datasets/synthetic-bins`)).json()).themes;
  await openDashboard(page, BINS_URL);
  const { timeline } = regions(page);
  await timeline.getByRole("button", { name: "All dates", exact: true }).click();
  await expect(timeline.getByRole("group", { name: "Events by period" })).toBeVisible();
  // What the page shows at the middle of each lane's name tag (decorative, so found by its title).
  const hits = await timeline.evaluate((region, labels) => {
    return labels.map((label) => {
      const tag = [...region.querySelectorAll<HTMLElement>('[aria-hidden="true"][title]')].find((el) => el.title === label);
      if (!tag) return { label, found: false, onTop: false };
      const box = tag.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { label, found: true, onTop: hit !== null && tag.contains(hit) };
    });
  }, themes.map((t) => t.label));
  expect(hits.filter((h) => h.found).length).toBeGreaterThan(1);
  expect(hits.filter((h) => h.found && !h.onTop)).toEqual([]);
});
