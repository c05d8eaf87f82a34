import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { MOTION_PICTURES_PER_SECOND } from "@/lib/network/motionPictures";
import { extraPort } from "../../playwright.config";
import { actorCentres, expectUnmoved, holdPageDownOverNetwork, openDashboard, statusCounts, type StagePoint } from "./helpers";

/** Opens the dashboard and waits until both views have drawn. */
async function open(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(page.locator("main")).toHaveAttribute("data-ready", "true");
  return page.getByRole("region", { name: "Network" });
}

/** The number T in the status line's "T of U ties". */
const visibleTies = async (page: Page) => (await statusCounts(page)).ties.visible;

/** Centres relative to one actor's: the layout's shape, whatever offset the whole picture has on the stage. */
function relativeTo(centres: Map<string, StagePoint>, name: string) {
  const origin = centres.get(name)!;
  return new Map([...centres].map(([n, p]) => [n, { x: p.x - origin.x, y: p.y - origin.y }]));
}

test("clicking an actor selects it, shows its ties in Details, and Escape clears it", async ({ page }) => {
  const region = await open(page);
  const azerbaijan = region.getByRole("button", { name: "Azerbaijan", exact: true });
  await expect(azerbaijan).toHaveAttribute("aria-pressed", "false");
  await azerbaijan.click();
  await expect(azerbaijan).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/[?&]actor=azerbaijan(&|$)/);

  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { name: "Azerbaijan", exact: true })).toBeVisible();
  const ties = details.getByRole("list", { name: "Ties" });
  for (const other of ["United States", "Armenia", "Türkiye"]) {
    await expect(ties.getByRole("listitem").filter({ hasText: other }).first()).toBeVisible();
  }

  await page.keyboard.press("Escape");
  await expect(azerbaijan).toHaveAttribute("aria-pressed", "false");
  await expect(page).not.toHaveURL(/actor=/);
});

test("a second click on the selected actor clears the selection", async ({ page }) => {
  const region = await open(page);
  const armenia = region.getByRole("button", { name: "Armenia", exact: true });
  await armenia.click();
  await expect(armenia).toHaveAttribute("aria-pressed", "true");
  await armenia.click();
  await expect(armenia).toHaveAttribute("aria-pressed", "false");
  await expect(page).not.toHaveURL(/actor=/);
});

test("actors are one tab stop; arrow keys move between them and Enter selects", async ({ page }) => {
  const region = await open(page);
  await region.getByRole("button", { name: "Reset layout" }).focus();
  await page.keyboard.press("Tab");
  const first = page.locator(":focus");
  await expect(first).toHaveAttribute("aria-pressed", "false");
  const firstName = await first.getAttribute("aria-label");
  // Arrows move focus to another actor (whichever lies that way), so at least one of them must move.
  let moved = false;
  for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
    await page.keyboard.press(key);
    if ((await page.locator(":focus").getAttribute("aria-label")) !== firstName) {
      moved = true;
      break;
    }
  }
  expect(moved).toBe(true);
  const focused = page.locator(":focus");
  const name = (await focused.getAttribute("aria-label"))!;
  await page.keyboard.press("Enter");
  await expect(region.getByRole("button", { name, exact: true })).toHaveAttribute("aria-pressed", "true");
  // Only one actor button is in the tab order.
  const tabbable = await region.locator('button[aria-pressed][tabindex="0"]').count();
  expect(tabbable).toBe(1);
});

test("ending the window before 2025-01-07 hides the ties that start that day", async ({ page }) => {
  await open(page, "?from=2024-10-01&to=2025-01-07");
  const withThem = await visibleTies(page);
  const region = page.getByRole("region", { name: "Network" });
  await region.getByRole("button", { name: "Ilham Aliyev", exact: true }).click();
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("list", { name: "Ties" }).getByRole("listitem").filter({ hasText: "Donald Trump" })).not.toHaveCount(0);

  await open(page, "?from=2024-10-01&to=2025-01-06&actor=ilham-aliyev");
  expect(await visibleTies(page)).toBeLessThan(withThem);
  await expect(details.getByRole("list", { name: "Ties" }).getByRole("listitem").filter({ hasText: "Donald Trump" })).toHaveCount(0);
});

test("scrubbing the window does not move the actors", async ({ page }) => {
  const region = await open(page, "?from=2024-10-01&to=2025-01-10");
  const before = relativeTo(await actorCentres(page), "Azerbaijan");
  const end = page.getByRole("slider", { name: "Window end" });
  await end.focus();
  for (let i = 0; i < 5; i++) await end.press("ArrowLeft");
  await expect(end).toHaveAttribute("aria-valuetext", "2025-01-05");
  // The presses are a burst: the actor buttons hold still until it rests, then follow the window.
  await expect(region).not.toHaveAttribute("data-moving", "true");
  const tiesAfter = await visibleTies(page);
  expect(tiesAfter).toBeGreaterThan(0);
  const after = relativeTo(await actorCentres(page), "Azerbaijan");
  expect(expectUnmoved(before, after)).toBeGreaterThan(10);
});

test("dragging an actor pins it, and Reset layout puts it back", async ({ page }) => {
  const region = await open(page);
  const russia = region.getByRole("button", { name: "Russia", exact: true });
  await region.getByRole("button", { name: "Fit" }).scrollIntoViewIfNeeded();
  await russia.scrollIntoViewIfNeeded();
  // Aim at where the actor has come to rest: the picture can still settle just after data-ready.
  let last: Awaited<ReturnType<typeof russia.boundingBox>> = null;
  await expect
    .poll(async () => {
      const box = await russia.boundingBox();
      const same = last !== null && box !== null && Math.abs(box.x - last.x) < 0.5 && Math.abs(box.y - last.y) < 0.5;
      last = box;
      return same;
    })
    .toBe(true);
  const start = last!;
  const cx = start.x + start.width / 2;
  const cy = start.y + start.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 30, cy + 20, { steps: 5 });
  await page.mouse.move(cx + 60, cy + 40, { steps: 5 });
  await page.mouse.up();
  const moved = (await russia.boundingBox())!;
  expect(moved.x - start.x).toBeCloseTo(60, 0);
  expect(moved.y - start.y).toBeCloseTo(40, 0);
  // A drag is not a click.
  await expect(russia).toHaveAttribute("aria-pressed", "false");
  await region.getByRole("button", { name: "Reset layout" }).click();
  await expect.poll(async () => (await russia.boundingBox())!.x).toBeCloseTo(start.x, 0);
});

test("clicking a tie shows it in Details", async ({ page }) => {
  const region = await open(page, "?actor=ilham-aliyev");
  const aliyevButton = region.getByRole("button", { name: "Ilham Aliyev", exact: true });
  const azerbaijanButton = region.getByRole("button", { name: "Azerbaijan", exact: true });
  await aliyevButton.scrollIntoViewIfNeeded();
  const centre = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  // Zoom in around the tie with the wheel, so other actors' buttons move off it.
  const a0 = centre((await aliyevButton.boundingBox())!);
  const b0 = centre((await azerbaijanButton.boundingBox())!);
  await page.mouse.move((a0.x + b0.x) / 2, (a0.y + b0.y) / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => {
    const a = centre((await aliyevButton.boundingBox())!);
    const b = centre((await azerbaijanButton.boundingBox())!);
    return Math.hypot(a.x - b.x, a.y - b.y);
  }).toBeGreaterThan(Math.hypot(a0.x - b0.x, a0.y - b0.y) * 1.5);
  const aliyev = (await aliyevButton.boundingBox())!;
  const azerbaijan = (await azerbaijanButton.boundingBox())!;
  // Click the leadership tie Ilham Aliyev → Azerbaijan (the only tie of that pair, so a straight line),
  // at a point along it that no actor button covers.
  const a = { x: aliyev.x + aliyev.width / 2, y: aliyev.y + aliyev.height / 2 };
  const b = { x: azerbaijan.x + azerbaijan.width / 2, y: azerbaijan.y + azerbaijan.height / 2 };
  const spot = await page.evaluate(
    ([a, b]) => {
      for (let t = 0.5; t > 0.15; t -= 0.025) {
        for (const u of [t, 1 - t]) {
          const p = { x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u };
          if (!document.elementFromPoint(p.x, p.y)?.closest("button")) return p;
        }
      }
      return null;
    },
    [a, b] as const,
  );
  expect(spot).not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
  await expect(page).toHaveURL(/[?&]tie=ilham-aliyev-azerbaijan(&|$)/);
});

test("Fit and the zoom buttons change the view; the Network region has no serious axe violations", async ({ page }) => {
  const region = await open(page);
  const button = region.getByRole("button", { name: "Azerbaijan", exact: true });
  const before = (await button.boundingBox())!;
  await region.getByRole("button", { name: "Zoom in" }).click();
  const zoomed = (await button.boundingBox())!;
  expect(Math.hypot(zoomed.x - before.x, zoomed.y - before.y)).toBeGreaterThan(1);
  await region.getByRole("button", { name: "Fit" }).click();
  await expect(button).toBeInViewport();

  const results = await new AxeBuilder({ page }).include('[aria-label="Network"]').analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the layout is the same on every load", async ({ page }) => {
  await open(page);
  const first = relativeTo(await actorCentres(page), "Azerbaijan");
  await open(page);
  const second = relativeTo(await actorCentres(page), "Azerbaijan");
  expect(second.size).toBe(first.size);
  for (const [name, p] of first) {
    expect(second.get(name)?.x, name).toBeCloseTo(p.x, 1);
    expect(second.get(name)?.y, name).toBeCloseTo(p.y, 1);
  }
});

test("a large graph is drawn on the canvas by its worker, and the picture follows the window", async ({ page }) => {
  await openDashboard(page, `http://127.0.0.1:${extraPort}/?dataset=synthetic-large`);
  const end = page.getByRole("slider", { name: "Window end", exact: true });
  const painted = async () => (await holdPageDownOverNetwork(end, 0)).painted;
  await expect.poll(painted).toBeGreaterThan(5000);
  const full = await painted();
  // Hold the window's end back a few years: ties leave, and the picture thins out.
  await end.focus();
  for (let i = 0; i < 36; i++) await end.press("PageDown");
  await expect.poll(painted).toBeLessThan(full);
});

test("while PageDown is held, the large graph's worker draws the moving window while the actor buttons hold still", async ({ page }) => {
  await openDashboard(page, `http://127.0.0.1:${extraPort}/?dataset=synthetic-large`);
  const region = page.getByRole("region", { name: "Network" });
  await page.getByRole("button", { name: "All dates", exact: true }).first().click();
  const end = page.getByRole("slider", { name: "Window end", exact: true });
  await expect(end).toHaveAttribute("aria-valuenow", (await end.getAttribute("aria-valuemax"))!);
  const actorButtons = region.locator("button[data-actor]");
  await end.focus();
  const holdAndRead = (steps: number) => holdPageDownOverNetwork(end, steps);
  await expect.poll(async () => (await holdAndRead(0)).painted).toBeGreaterThan(5000);
  const full = (await holdAndRead(0)).painted;
  const buttonsBefore = (await holdAndRead(0)).buttons;
  // Sixty steps of a month each, read in the last frame, mid-burst: the picture has followed the window.
  const held = await holdAndRead(60);
  expect(held.moving).toBe("true");
  expect(held.painted).toBeLessThan(full * 0.95);
  // The buttons were held through the burst, and follow the window once it rests.
  expect(held.buttons).toBe(buttonsBefore);
  await expect(region).not.toHaveAttribute("data-moving", "true");
  await expect.poll(() => actorButtons.count()).toBeLessThan(buttonsBefore);
});

test("while PageDown is held, the large graph's worker shows at most 30 pictures a second, and they follow the window", async ({ page }) => {
  // Counts the pictures the network's canvas takes from its worker (each one is a bitmap handed over).
  await page.addInitScript(() => {
    const show = ImageBitmapRenderingContext.prototype.transferFromImageBitmap;
    const w = window as unknown as { __pictures: number };
    w.__pictures = 0;
    ImageBitmapRenderingContext.prototype.transferFromImageBitmap = function (this: ImageBitmapRenderingContext, bitmap: ImageBitmap | null) {
      w.__pictures++;
      return show.call(this, bitmap);
    };
  });
  await openDashboard(page, `http://127.0.0.1:${extraPort}/?dataset=synthetic-large`);
  await page.getByRole("button", { name: "All dates", exact: true }).first().click();
  const end = page.getByRole("slider", { name: "Window end", exact: true });
  await expect(end).toHaveAttribute("aria-valuenow", (await end.getAttribute("aria-valuemax"))!);
  await end.focus();
  await expect.poll(async () => (await holdPageDownOverNetwork(end, 0)).painted).toBeGreaterThan(5000);
  const full = (await holdPageDownOverNetwork(end, 0)).painted;
  // Ninety steps of a month, one an animation frame (faster than a held key repeats): the worker, which draws
  // this graph in a few milliseconds, would show a picture for nearly every step if it were not paced.
  const count = () => page.evaluate(() => ({ pictures: (window as unknown as { __pictures: number }).__pictures, at: performance.now() }));
  const before = await count();
  const held = await holdPageDownOverNetwork(end, 90);
  const after = await count();
  const shown = after.pictures - before.pictures;
  const elapsed = after.at - before.at;
  expect(held.moving).toBe("true");
  expect(shown).toBeGreaterThanOrEqual(5);
  expect(shown).toBeLessThanOrEqual(Math.floor(elapsed / (1000 / MOTION_PICTURES_PER_SECOND)) + 1);
  expect(held.painted).toBeLessThan(full * 0.95);
});

test("after a large graph's first load, the server sends its layout with the page: the same positions, no layout run", async ({ page }) => {
  const url = `http://127.0.0.1:${extraPort}/?dataset=synthetic-large`;
  await openDashboard(page, url);
  const network = page.getByRole("region", { name: "Network" });
  await expect(network).toHaveAttribute("data-layout", "settled");
  const before = await actorCentres(page);
  // The server lays it out in the background after a first load: a later load arrives with it (0 ms of layout).
  await expect
    .poll(async () => {
      await openDashboard(page, url);
      return network.getAttribute("data-layout-ms");
    })
    .toBe("0");
  expect(expectUnmoved(before, await actorCentres(page))).toBeGreaterThan(100);
});
