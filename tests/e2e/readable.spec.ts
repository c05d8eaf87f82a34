import { expect, test, type Page } from "@playwright/test";
import { openDashboard, regions, statusCounts } from "./helpers";

const DATASET = "azerbaijan-us-2025";

interface Shown {
  id: string;
  title: string;
  /** The title's text box, or null when the event shows no title. */
  box: { x: number; y: number; width: number; height: number } | null;
  /** The whole title is drawn: the text is the title and nothing of it is cut off. */
  whole: boolean;
}

/** Every event button of the Timeline with the title it shows, measured in the page. */
async function shownTitles(page: Page): Promise<Shown[]> {
  const response = await page.request.get(`/api/datasets/${DATASET}`);
  const titles = new Map(((await response.json()) as { events: { id: string; title: string }[] }).events.map((e) => [e.id, e.title]));
  const timeline = regions(page).timeline;
  return timeline.getByRole("button").evaluateAll((buttons, titleById) => {
    const out: { id: string; title: string; box: { x: number; y: number; width: number; height: number } | null; whole: boolean }[] = [];
    for (const button of buttons) {
      const id = button.getAttribute("data-event-id");
      const title = id ? (titleById as Record<string, string>)[id] : undefined;
      if (!id || !title) continue;
      // The element holding the title's text (the button's own text, without the mark).
      const text = [...button.querySelectorAll("*")].find((el) => el.textContent === title && el.children.length === 0);
      if (!text || !(text instanceof HTMLElement)) {
        out.push({ id, title, box: null, whole: false });
        continue;
      }
      const r = text.getBoundingClientRect();
      const cut = text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1;
      out.push({ id, title, box: { x: r.x, y: r.y, width: r.width, height: r.height }, whole: !cut && r.width > 0 });
    }
    return out;
  }, Object.fromEntries(titles));
}

const apart = (a: NonNullable<Shown["box"]>, b: NonNullable<Shown["box"]>) =>
  a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;

/** Events whose title is drawn whole and touches no other event's title. */
function readable(shown: Shown[]): Shown[] {
  return shown.filter((s) => s.whole && s.box && shown.every((o) => o === s || !o.box || apart(s.box!, o.box)));
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} at least 90% of the window's events show their whole title, none overlapping`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openDashboard(page);
    const shown = await shownTitles(page);
    expect(shown.length).toBe((await statusCounts(page)).events.visible);
    const ok = readable(shown);
    expect(ok.length / shown.length, `${ok.length} of ${shown.length} titles whole`).toBeGreaterThanOrEqual(0.9);

    // The events without a title are not dropped silently: "+N" buttons count every one of them.
    const bare = shown.filter((s) => !s.box).length;
    const summaries = regions(page).timeline.getByRole("button", { name: /^\d+ more titles?, / });
    // They load after the first paint: wait for their sum rather than read it once.
    const counted = async () => {
      let sum = 0;
      for (const name of await summaries.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))) sum += Number(/^\d+/.exec(name)![0]);
      return sum;
    };
    await expect.poll(counted).toBe(bare);
  });
}

test("selecting an event never moves the others, and the selected event shows its whole title", async ({ page }) => {
  await openDashboard(page);
  const before = await shownTitles(page);
  // The selected event: one without a title of its own if the layout has one, else any.
  const target = before.find((s) => !s.box) ?? before[Math.floor(before.length / 2)]!;
  await regions(page).timeline.locator(`[data-event-id="${target.id}"]`).click();
  await expect(regions(page).details.getByRole("heading", { name: target.title })).toBeVisible();
  const after = await shownTitles(page);
  // Positions relative to one other event: clicking may scroll the page or the lanes, which moves all alike.
  const where = (list: Shown[]) => {
    const others = list.filter((s) => s.id !== target.id && s.box);
    const ref = others.find((s) => s.id === before.find((b) => b.id !== target.id && b.box)!.id)!.box!;
    return new Map(others.map((s) => [s.id, `${Math.round(s.box!.x - ref.x)},${Math.round(s.box!.y - ref.y)}`]));
  };
  expect(where(after)).toEqual(where(before));
  expect(after.find((s) => s.id === target.id)?.whole).toBe(true);
});

test("a +N button zooms the window in to its stretch", async ({ page }) => {
  // A narrow phone window over the busiest stretch of the bundled data leaves some titles without a row.
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page, `/?dataset=${DATASET}&from=2024-06-01&to=2025-01-31`);
  const summary = regions(page).timeline.getByRole("button", { name: /^\d+ more titles?, / }).first();
  await expect(summary).toBeVisible();
  const start = regions(page).timeline.getByRole("slider", { name: "Window start" });
  const end = regions(page).timeline.getByRole("slider", { name: "Window end" });
  const days = async () => Number(await end.getAttribute("aria-valuenow")) - Number(await start.getAttribute("aria-valuenow"));
  const before = await days();
  await summary.click();
  await expect.poll(days).toBeLessThan(before / 2);
  await expect(page).toHaveURL(/[?&]from=2024-/);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} the window is at least 120 px wide in the overview, and a 10 px handle drag moves it by at most two weeks`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openDashboard(page);
    const { timeline } = regions(page);
    const start = timeline.getByRole("slider", { name: "Window start" });
    const end = timeline.getByRole("slider", { name: "Window end" });
    await end.scrollIntoViewIfNeeded();
    const a = (await start.boundingBox())!;
    const b = (await end.boundingBox())!;
    expect(b.x + b.width / 2 - (a.x + a.width / 2)).toBeGreaterThanOrEqual(120);

    const to0 = Number(await end.getAttribute("aria-valuenow"));
    const y = b.y + b.height / 2;
    const x = b.x + b.width / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 5, y, { steps: 2 });
    await page.mouse.move(x - 10, y, { steps: 2 });
    await page.mouse.up();
    await expect(end).not.toHaveAttribute("aria-valuenow", String(to0));
    const moved = to0 - Number(await end.getAttribute("aria-valuenow"));
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThanOrEqual(14);
  });
}
