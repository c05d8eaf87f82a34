import { expect, test, type Locator, type Page } from "@playwright/test";
import { actorCentres, expectUnmoved, openDashboard, regions } from "./helpers";

type Box = { x: number; y: number; width: number; height: number };

/** The drawing's stage: the box the actor buttons are laid out in (positions below are relative to it). */
async function stageBox(page: Page): Promise<Box> {
  return regions(page)
    .network.locator("button[aria-pressed]")
    .first()
    .evaluate((el) => {
      const r = (el as HTMLElement).offsetParent!.getBoundingClientRect();
      return { x: 0, y: 0, width: r.width, height: r.height };
    });
}

/** The labels drawn in the network (the SVG's texts), with their boxes on the page. */
async function drawnLabels(page: Page): Promise<Array<{ text: string; box: Box }>> {
  return regions(page)
    .network.locator("svg text")
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? "", box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }),
    );
}

function overlaps(labels: Array<{ text: string; box: Box }>): string[] {
  const found: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${labels[i]!.text} × ${labels[j]!.text}`);
    }
  }
  return found;
}

/** The other actor named by each item of the Details "Ties" list (its own items: a phase chart inside one has a list too). */
async function tiedActors(page: Page): Promise<string[]> {
  const list = regions(page).details.getByRole("list", { name: "Ties" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  return list.evaluate((ul) => [...ul.children].map((li) => li.querySelector("button")?.textContent?.trim() ?? ""));
}

/** Centres of the actor buttons relative to the stage, by name (whatever the page's scroll). */
/** Polls until the actor buttons stop moving (a camera glide has ended), and returns their centres. */
async function settledCentres(page: Page) {
  let last = "";
  let result = new Map<string, { x: number; y: number }>();
  await expect
    .poll(async () => {
      result = await actorCentres(page);
      const now = JSON.stringify([...result].map(([n, p]) => [n, Math.round(p.x), Math.round(p.y)]));
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return result;
}

function inside(p: { x: number; y: number }, box: Box) {
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}

/** How many distinct positions a button takes, frame by frame, in the `ms` after `act`. */
async function framesOfMove(page: Page, button: Locator, act: () => Promise<void>, ms = 700): Promise<number> {
  await button.evaluate((el, ms) => {
    const seen = new Set<string>();
    (window as unknown as { __positions: Set<string> }).__positions = seen;
    const start = performance.now();
    const sample = () => {
      const r = el.getBoundingClientRect();
      seen.add(`${Math.round(r.x)},${Math.round(r.y)}`);
      if (performance.now() - start < ms) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, ms);
  await act();
  await page.waitForFunction((ms) => performance.now() > ms, await page.evaluate((ms) => performance.now() + ms, ms));
  return page.evaluate(() => (window as unknown as { __positions: Set<string> }).__positions.size);
}

test.describe("a legible network", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("with Azerbaijan selected, every neighbour's label is drawn and no two labels overlap", async ({ page }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    const neighbours = await tiedActors(page);
    expect(neighbours.length).toBeGreaterThan(10);
    // Parts load after the first paint and labels follow them: read until the picture holds.
    await expect
      .poll(async () => {
        const labels = await drawnLabels(page);
        const drawn = new Set(labels.map((l) => l.text));
        return { missing: ["Azerbaijan", ...neighbours].filter((n) => !drawn.has(n)), overlaps: overlaps(labels) };
      })
      .toEqual({ missing: [], overlaps: [] });
  });

  test("with nothing selected, the most connected actors are labelled, without overlaps", async ({ page }) => {
    await openDashboard(page);
    await expect
      .poll(async () => {
        const labels = await drawnLabels(page);
        const drawn = new Set(labels.map((l) => l.text));
        return { count: labels.length > 25, missing: ["Azerbaijan", "United States", "Donald Trump", "Armenia", "Russia", "Iran"].filter((n) => !drawn.has(n)), overlaps: overlaps(labels) };
      })
      .toEqual({ count: true, missing: [], overlaps: [] });
  });

  test("zooming in reveals more labels: a larger share of the actors in view is labelled", async ({ page }) => {
    await openDashboard(page);
    const share = async () => {
      const stage = await stageBox(page);
      const inView = [...(await settledCentres(page)).values()].filter((p) => inside(p, stage)).length;
      return (await drawnLabels(page)).length / inView;
    };
    const before = await share();
    expect(before).toBeLessThan(0.8);
    for (let i = 0; i < 3; i++) await regions(page).network.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(share).toBeGreaterThan(before + 0.1);
  });

  test("selecting an actor whose neighbourhood is off view glides it into view; one already in view does not move the camera", async ({ page }) => {
    await openDashboard(page);
    const network = regions(page).network;
    // In the whole picture, selecting moves nothing.
    const before = await settledCentres(page);
    await network.getByRole("button", { name: "Azerbaijan", exact: true }).click();
    await expect(network.getByRole("button", { name: "Azerbaijan", exact: true })).toHaveAttribute("aria-pressed", "true");
    const after = await settledCentres(page);
    expect(after.get("Georgia")).toEqual(before.get("Georgia"));
    expect(after.get("Israel")).toEqual(before.get("Israel"));
    await page.keyboard.press("Escape");

    // Zoomed in on the middle, most of Azerbaijan's neighbours are off view.
    for (let i = 0; i < 5; i++) await network.getByRole("button", { name: "Zoom in" }).click();
    const zoomed = await settledCentres(page);
    const stageNow = await stageBox(page);
    const frames = await framesOfMove(page, network.getByRole("button", { name: "Israel", exact: true }), () =>
      network.getByRole("button", { name: "Azerbaijan", exact: true }).dispatchEvent("click"),
    );
    const neighbours = await tiedActors(page);
    const offBefore = neighbours.filter((n) => !inside(zoomed.get(n)!, stageNow));
    expect(offBefore.length).toBeGreaterThan(0);
    const framed = await settledCentres(page);
    expect(neighbours.filter((n) => !inside(framed.get(n)!, stageNow))).toEqual([]);
    // One animated move: the picture passed through several positions on the way.
    expect(frames).toBeGreaterThan(3);
  });

  test("under reduced motion, the same move is a jump", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openDashboard(page);
    const network = regions(page).network;
    for (let i = 0; i < 5; i++) await network.getByRole("button", { name: "Zoom in" }).click();
    await settledCentres(page);
    const frames = await framesOfMove(page, network.getByRole("button", { name: "Israel", exact: true }), () =>
      network.getByRole("button", { name: "Azerbaijan", exact: true }).dispatchEvent("click"),
    );
    await expect(network.getByRole("button", { name: "Azerbaijan", exact: true })).toHaveAttribute("aria-pressed", "true");
    expect(frames).toBeLessThanOrEqual(2);
  });

  test("a theme filter that leaves a few actors in a corner frames them; scrubbing then moves nothing", async ({ page }) => {
    await openDashboard(page);
    const stage = await stageBox(page);
    await page.getByRole("group", { name: "Themes" }).getByRole("checkbox", { name: "Georgia", exact: true }).check();
    await expect(page).toHaveURL(/[?&]themes=georgia/);
    // The visible actors now spread over most of the stage's width or height.
    let framed = new Map<string, { x: number; y: number }>();
    await expect
      .poll(async () => {
        framed = await settledCentres(page);
        const xs = [...framed.values()].map((p) => p.x);
        const ys = [...framed.values()].map((p) => p.y);
        return Math.max((Math.max(...xs) - Math.min(...xs)) / stage.width, (Math.max(...ys) - Math.min(...ys)) / stage.height);
      })
      .toBeGreaterThan(0.6);
    for (const p of framed.values()) expect(inside(p, stage)).toBe(true);

    const end = page.getByRole("slider", { name: "Window end" });
    await end.focus();
    await end.press("PageDown");
    await expect(end).toHaveAttribute("aria-valuetext", "2024-12-31");
    const scrubbed = await settledCentres(page);
    expect(expectUnmoved(framed, scrubbed)).toBeGreaterThan(0);
  });

  test("Details lists one item per other actor, with every tie between the two inside it", async ({ page }) => {
    await openDashboard(page, "/?actor=azerbaijan");
    const names = await tiedActors(page);
    expect(new Set(names).size).toBe(names.length);
    const us = regions(page).details.getByRole("list", { name: "Ties" }).getByRole("listitem").filter({ has: page.getByRole("button", { name: "United States", exact: true }) });
    await expect(us).toHaveCount(1);
    await expect(us.getByRole("button", { name: /^Tie details/ })).toHaveCount(4);
  });

  test("the legend explains the mark of a tie whose sentiment turns in the window", async ({ page }) => {
    await openDashboard(page);
    const turn = regions(page).network.getByText("sentiment turns in the window");
    if (!(await turn.isVisible())) await regions(page).network.getByText("Legend", { exact: true }).click();
    await expect(turn).toBeVisible();
  });
});
