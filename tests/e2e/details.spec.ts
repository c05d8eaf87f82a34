import { expect, test, type Page } from "@playwright/test";
import { openDashboard, regions, statusCounts } from "./helpers";

const MALTA = "Baku declines a US-hosted meeting with Armenia";
const maltaButton = (page: Page) => regions(page).timeline.getByRole("button", { name: new RegExp(`^${MALTA}`) });
const maltaHeading = (page: Page) => regions(page).details.getByRole("heading", { name: MALTA, level: 2 });

/** Boxes in page coordinates: the Details landmark, and the lowest bottom of everything in <main>. */
async function pageLayout(page: Page) {
  return page.evaluate(() => {
    const details = document.querySelector('[aria-label="Details"]')!.getBoundingClientRect();
    const main = document.querySelector("main")!;
    let lowest = 0;
    for (const el of main.querySelectorAll("section, aside, details, header, p")) {
      const box = el.getBoundingClientRect();
      if (box.height > 0) lowest = Math.max(lowest, box.bottom + window.scrollY);
    }
    return {
      details: { top: details.top, bottom: details.bottom, height: details.height },
      viewport: window.innerHeight,
      scrollY: window.scrollY,
      scrollHeight: document.documentElement.scrollHeight,
      lowest,
    };
  });
}

/** Whether some box inside Details (or Details itself) has been scrolled. */
const detailsScrolled = (page: Page) =>
  regions(page).details.evaluate((el) => [el, ...el.querySelectorAll("*")].some((e) => e.scrollTop > 0));

test.describe("Details at 1280×800", () => {
  test("stays in view, full height, while the page scrolls, and the page ends where its content does", async ({ page }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    const { details, timeline } = regions(page);
    await expect(details.getByRole("list", { name: "Ties" })).toBeVisible();

    const top = await pageLayout(page);
    // No blank screen below: nothing inside Details (hidden text included) reaches past the page's content.
    expect(top.scrollHeight - top.lowest).toBeLessThanOrEqual(32);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await pageLayout(page)).scrollY).toBeGreaterThan(0);
    const bottom = await pageLayout(page);
    expect(bottom.details.top).toBeGreaterThanOrEqual(0);
    expect(bottom.details.bottom).toBeLessThanOrEqual(bottom.viewport);
    // A side panel, not a peephole: nearly the screen's height.
    expect(bottom.details.height).toBeGreaterThanOrEqual(bottom.viewport * 0.85);
    await expect(details.getByRole("heading", { name: "Azerbaijan", level: 2 })).toBeInViewport();
    // The charts are still on screen at the bottom of the page.
    await expect(timeline.getByRole("slider", { name: "Window end" })).toBeInViewport();
  });

  test("scrolls on its own while the charts stay put", async ({ page }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    const { details, timeline } = regions(page);
    await expect(details.getByRole("list", { name: "Ties" })).toBeVisible();
    const before = await timeline.boundingBox();
    const box = (await details.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => detailsScrolled(page)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await timeline.boundingBox()).toEqual(before);
  });

  test("a new selection starts at the top of Details", async ({ page }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    const { details } = regions(page);
    const ties = details.getByRole("list", { name: "Ties" });
    const last = ties.getByRole("listitem").last().getByRole("button").first();
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => detailsScrolled(page)).toBe(true);
    const name = (await last.textContent())!.trim();
    await last.click();
    await expect(details.getByRole("heading", { name, level: 2, exact: true })).toBeInViewport();
    await expect.poll(() => detailsScrolled(page)).toBe(false);
  });

  test("a tie's phase chart is dated", async ({ page }) => {
    await openDashboard(page, "/?tie=azerbaijan-united-states");
    const chart = regions(page).details.locator("svg").filter({ has: page.locator("text") }).first();
    // The boundaries of partnership, strain, hostility and hope (years where years apart, days where weeks apart).
    await expect(chart.locator("text")).toHaveText(["1992", "2021", "1 Dec 2024", "7 Jan 2025"]);
    const boxes = await chart.locator("text").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    const svg = (await chart.boundingBox())!;
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(a.right).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `labels ${i} and the next overlap`).toBe(true);
      }
    }
  });
});

test.describe("Details on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, reducedMotion: "reduce" });

  test("a tap on an event shows its Details over the charts; Escape closes them", async ({ page }) => {
    await openDashboard(page);
    await maltaButton(page).tap();
    await expect(maltaHeading(page)).toBeInViewport();
    const close = regions(page).details.getByRole("button", { name: "Close" });
    await expect(close).toBeInViewport();
    // Not modal, and nothing moved focus away from the event.
    await expect(page.locator("[aria-modal]")).toHaveCount(0);
    // Under reduced motion the sheet does not slide in: it is where it ends up at once.
    const first = await maltaHeading(page).boundingBox();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await maltaHeading(page).boundingBox()).toEqual(first);

    await page.keyboard.press("Escape");
    await expect(maltaHeading(page)).toHaveCount(0);
    await expect(close).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
  });

  test("Close closes the sheet and gives focus back to the event", async ({ page }) => {
    await openDashboard(page);
    const event = maltaButton(page);
    await event.focus();
    await event.press("Enter");
    await expect(maltaHeading(page)).toBeInViewport();
    await expect(event).toBeFocused();
    const close = regions(page).details.getByRole("button", { name: "Close" });
    await close.tap();
    await expect(maltaHeading(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    await expect(event).toBeFocused();
  });

  test("a swipe down on the sheet's bar closes it; a short one does not", async ({ page, context }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    const heading = regions(page).details.getByRole("heading", { name: "Azerbaijan", level: 2 });
    await expect(heading).toBeInViewport();
    const close = regions(page).details.getByRole("button", { name: "Close" });
    const bar = (await close.boundingBox())!;
    // Beside Close, on the bar that holds it.
    const x = bar.x - 120;
    const y = bar.y + bar.height / 2;
    const cdp = await context.newCDPSession(page);
    const swipe = async (distance: number) => {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
      for (let i = 1; i <= 8; i++) {
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y + (distance * i) / 8 }] });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    await swipe(12);
    await expect(heading).toBeInViewport();
    await expect(page).toHaveURL(/actor=azerbaijan/);
    await swipe(160);
    await expect(heading).toHaveCount(0);
    await expect(page).not.toHaveURL(/actor=/);
  });

  test("the search results open over the sheet and the sticky counts", async ({ page }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    await expect(regions(page).details.getByRole("button", { name: "Close" })).toBeInViewport();
    await page.getByRole("searchbox", { name: "Search" }).fill("Baku");
    const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
    await expect(options.first()).toBeVisible();
    // Every result on screen is the topmost thing where it is drawn.
    const covered = await options.evaluateAll((els) =>
      els.flatMap((el) => {
        const box = el.getBoundingClientRect();
        const y = box.top + box.height / 2;
        // Only where the list shows it (the list scrolls), and on screen.
        const list = el.closest('[role="listbox"]')!.getBoundingClientRect();
        if (y < Math.max(0, list.top) || y > Math.min(window.innerHeight, list.bottom)) return [];
        const top = document.elementFromPoint(box.left + box.width / 2, y);
        return top && el.contains(top) ? [] : [el.textContent ?? ""];
      }),
    );
    expect(covered).toEqual([]);
    await options.first().click();
    await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();
  });

  test("the themes are one button that opens the checkboxes; the counts stay in view", async ({ page }) => {
    await openDashboard(page);
    const toggle = page.getByRole("button", { name: "Themes: all" });
    const group = page.getByRole("group", { name: "Themes" });
    await expect(toggle).toBeVisible();
    await expect(group).toBeHidden();
    const before = await statusCounts(page);
    await toggle.tap();
    await group.getByRole("checkbox", { name: "Georgia", exact: true }).tap();
    await expect(page).toHaveURL(/themes=georgia/);
    await page.getByRole("button", { name: "Done" }).tap();
    await expect(group).toBeHidden();
    await expect(page.getByRole("button", { name: "Themes: 1 selected" })).toBeVisible();
    await expect.poll(async () => (await statusCounts(page)).events.visible).toBeLessThan(before.events.visible);

    // Further down the page, at the network, the counts are still on screen.
    await regions(page).network.getByRole("button", { name: "Georgia", exact: true }).scrollIntoViewIfNeeded();
    await expect(regions(page).network).toBeInViewport();
    await expect(page.getByRole("status").filter({ hasText: "events" })).toBeInViewport({ ratio: 1 });
  });

  test("Escape in the open themes closes them and keeps the selection", async ({ page }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    await expect(regions(page).details.getByRole("button", { name: "Close" })).toBeInViewport();
    await page.getByRole("button", { name: "Themes: all" }).press("Enter");
    const georgia = page.getByRole("group", { name: "Themes" }).getByRole("checkbox", { name: "Georgia", exact: true });
    await georgia.focus();
    await georgia.press("Escape");
    await expect(page.getByRole("group", { name: "Themes" })).toBeHidden();
    // Two frames on, a cleared selection would have rendered.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(regions(page).network.getByRole("button", { name: "Azerbaijan", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/actor=azerbaijan/);
    await expect(regions(page).details.getByRole("heading", { name: "Azerbaijan", level: 2 })).toBeVisible();
  });
});

test("printed from a phone, Details follows the charts on paper instead of covering them, without Close", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page, "/?actor=azerbaijan");
  const { details, network } = regions(page);
  await expect(details.getByRole("button", { name: "Close" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(details.getByRole("button", { name: "Close" })).toBeHidden();
  const heading = (await details.getByRole("heading", { name: "Azerbaijan", level: 2 }).boundingBox())!;
  const charts = (await network.boundingBox())!;
  expect(heading.y).toBeGreaterThan(charts.y + charts.height);
});
