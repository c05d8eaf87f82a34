import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openDashboard, regions, statusCounts } from "./helpers";

const DATASET = "azerbaijan-us-2025";

/** The status line's text (the three counts), to see that it changed. */
const statusText = (page: Page) => page.getByRole("status").filter({ hasText: "events" });

/** Every event title of the bundled dataset, from its API (so the tests follow the data, not a copy of it). */
async function eventTitles(page: Page): Promise<string[]> {
  const response = await page.request.get(`/api/datasets/${DATASET}`);
  expect(response.ok()).toBe(true);
  const dataset = (await response.json()) as { events: { title: string; date?: { start: string } }[] };
  return dataset.events.map((e) => e.title);
}

/**
 * The Timeline's buttons whose accessible name starts with an event's title, with their names. The names are
 * read in one pass (parts that load on demand may add buttons meanwhile), each button then found by its event.
 */
async function eventButtons(timeline: Locator, titles: string[]): Promise<{ name: string; button: Locator }[]> {
  const all = await timeline
    .getByRole("button")
    .evaluateAll((els) => els.map((el) => ({ name: el.getAttribute("aria-label") ?? (el as HTMLElement).innerText, id: el.getAttribute("data-event-id") })));
  return all
    .filter(({ name }) => titles.some((t) => name.startsWith(t)))
    .map(({ name, id }) => ({ name, button: id ? timeline.locator(`[data-event-id="${id}"]`) : timeline.getByRole("button", { name, exact: true }) }));
}

/** A locator's box once it has stopped moving (two reads in a row agree). */
async function settledBox(locator: Locator) {
  let last: Awaited<ReturnType<Locator["boundingBox"]>> = null;
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      const same = last !== null && box !== null && Math.abs(box.x - last.x) < 0.5 && Math.abs(box.y - last.y) < 0.5;
      last = box;
      return same;
    })
    .toBe(true);
  return last!;
}

test.describe("timeline", () => {
  test("keys on Window end move it by a day, a month, and to the ends; counts and URL follow", async ({ page }) => {
    await openDashboard(page);
    const { timeline } = regions(page);
    const end = timeline.getByRole("slider", { name: "Window end" });
    const start = timeline.getByRole("slider", { name: "Window start" });
    await expect(end).toHaveAttribute("aria-valuetext", "2025-01-31");
    const before = await statusText(page).textContent();

    await end.focus();
    await page.keyboard.press("ArrowLeft");
    await expect(end).toHaveAttribute("aria-valuetext", "2025-01-30");
    await page.keyboard.press("PageDown");
    await expect(end).toHaveAttribute("aria-valuetext", "2024-12-30");
    await expect(statusText(page)).not.toHaveText(before!);
    await expect(page).toHaveURL(/[?&]to=2024-12-30(&|$)/);
    expect((await statusCounts(page)).events.visible).toBeLessThan(Number(/(\d+) of/.exec(before!)![1]));

    await page.keyboard.press("ArrowRight");
    await expect(end).toHaveAttribute("aria-valuetext", "2024-12-31");
    await expect(page).toHaveURL(/[?&]to=2024-12-31(&|$)/);

    // Home on the end slider stops at the start: start never passes end.
    await page.keyboard.press("Home");
    await expect(end).toHaveAttribute("aria-valuetext", (await start.getAttribute("aria-valuetext"))!);
    await page.keyboard.press("End");
    await expect(end).toHaveAttribute("aria-valuenow", (await end.getAttribute("aria-valuemax"))!);
    expect(Number(await end.getAttribute("aria-valuenow"))).toBeGreaterThan(Number(await start.getAttribute("aria-valuenow")));
  });

  test("dragging the Window end handle and the brush moves the window; counts and URL follow", async ({ page }) => {
    await openDashboard(page);
    const { timeline } = regions(page);
    const end = timeline.getByRole("slider", { name: "Window end" });
    const start = timeline.getByRole("slider", { name: "Window start" });

    const before = await statusText(page).textContent();
    // The header above may push the overview to the bottom edge of the screen: bring it into view to drag it.
    await end.scrollIntoViewIfNeeded();
    const box = await settledBox(end);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // The overview shows a focus range around the window (about two days a pixel at this size): far enough to change the counts.
    await page.mouse.move(box.x + box.width / 2 - 30, box.y + box.height / 2, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2 - 50, box.y + box.height / 2, { steps: 3 });
    await page.mouse.up();
    await expect(end).not.toHaveAttribute("aria-valuetext", "2025-01-31");
    const moved = (await end.getAttribute("aria-valuetext"))!;
    expect(moved < "2025-01-31").toBe(true);
    await expect(statusText(page)).not.toHaveText(before!);
    await expect(page).toHaveURL(new RegExp(`[?&]to=${moved}(&|$)`));

    // Drag the middle of the brush (between the two handles) later in time: both edges move together.
    const from0 = Number(await start.getAttribute("aria-valuenow"));
    const to0 = Number(await end.getAttribute("aria-valuenow"));
    // After a drag the overview may re-frame its focus range: aim at where the handles have come to rest.
    const a = await settledBox(start);
    const b = await settledBox(end);
    const middle = (a.x + a.width + b.x) / 2;
    const y = a.y + a.height / 2;
    await page.mouse.move(middle, y);
    await page.mouse.down();
    await page.mouse.move(middle + 10, y, { steps: 4 });
    await page.mouse.move(middle + 20, y, { steps: 4 });
    await page.mouse.up();
    await expect(start).not.toHaveAttribute("aria-valuenow", String(from0));
    const from1 = Number(await start.getAttribute("aria-valuenow"));
    const to1 = Number(await end.getAttribute("aria-valuenow"));
    expect(from1).toBeGreaterThan(from0);
    expect(to1 - from1).toBe(to0 - from0);
    await expect(page).toHaveURL(new RegExp(`[?&]from=${await start.getAttribute("aria-valuetext")}(&|$)`));
  });

  test("the wheel zooms the detail view about the pointer, and dragging it pans", async ({ page }) => {
    await openDashboard(page);
    const { timeline } = regions(page);
    const start = timeline.getByRole("slider", { name: "Window start" });
    const end = timeline.getByRole("slider", { name: "Window end" });
    const days = async () => Number(await end.getAttribute("aria-valuenow")) - Number(await start.getAttribute("aria-valuenow"));
    const before = await days();

    // The first lane lies inside the detail view: point at its right-hand part and wheel in.
    const lane = (await timeline.getByRole("group").first().boundingBox())!;
    await page.mouse.move(lane.x + lane.width * 0.8, lane.y + lane.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(days).toBeLessThan(before);
    await expect(page).toHaveURL(/[?&]to=/);
    const zoomed = await days();

    // Dragging the view to the left shows later days; the window keeps its length.
    const from0 = Number(await start.getAttribute("aria-valuenow"));
    const y = lane.y + lane.height - 3;
    await page.mouse.move(lane.x + 400, y);
    await page.mouse.down();
    await page.mouse.move(lane.x + 300, y, { steps: 5 });
    await page.mouse.move(lane.x + 200, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Number(await start.getAttribute("aria-valuenow"))).toBeGreaterThan(from0);
    expect(await days()).toBe(zoomed);
  });

  test("Play moves the window forward and Pause stops it", async ({ page }) => {
    await page.clock.install();
    await openDashboard(page);
    const { timeline } = regions(page);
    const start = timeline.getByRole("slider", { name: "Window start" });
    const initial = await start.getAttribute("aria-valuetext");

    await timeline.getByRole("button", { name: "Play", exact: true }).click();
    const pause = timeline.getByRole("button", { name: "Pause", exact: true });
    await expect(pause).toBeVisible();
    await page.clock.runFor(2_000);
    await expect(start).not.toHaveAttribute("aria-valuetext", initial!);
    expect((await start.getAttribute("aria-valuetext"))! > initial!).toBe(true);
    await expect(page).toHaveURL(/[?&]from=/);

    await pause.click();
    await expect(timeline.getByRole("button", { name: "Play", exact: true })).toBeVisible();
    const stopped = (await start.getAttribute("aria-valuetext"))!;
    // Many play intervals' worth of time passes; a paused window does not move.
    await page.clock.runFor(5_000);
    await expect(start).toHaveAttribute("aria-valuetext", stopped);
  });

  test("clicking an event shows it in Details with its date", async ({ page }) => {
    await openDashboard(page);
    const { timeline, details } = regions(page);
    const response = await page.request.get(`/api/datasets/${DATASET}`);
    const dataset = (await response.json()) as { events: { title: string; date?: { start: string }; status: string }[] };
    const event = dataset.events.find((e) => e.title.startsWith("Aliyev's TV interview"))!;

    const button = timeline.getByRole("button", { name: new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
    await expect(button).toHaveCount(1);
    await expect(button).toHaveAccessibleName(/7 January 2025/);
    await button.click();
    await expect(details.getByRole("heading", { name: event.title })).toBeVisible();
    await expect(details.locator("time").first()).toHaveAttribute("datetime", event.date!.start);
    await expect(page).toHaveURL(/[?&]event=/);
    await expect(button).toHaveAttribute("aria-current", "true");
  });

  test("only events in the window are buttons; an expected one says so", async ({ page }) => {
    await openDashboard(page);
    const { timeline } = regions(page);
    const titles = await eventTitles(page);
    const buttons = await eventButtons(timeline, titles);
    expect(buttons.length).toBe((await statusCounts(page)).events.visible);
    // Trump's 2016 win lies outside the default window (October 2024 – January 2025).
    await expect(timeline.getByRole("button", { name: /^Trump wins the 2016 presidential election/ })).toHaveCount(0);
    expect(buttons.some(({ name }) => name.endsWith(", expected"))).toBe(true);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${viewport.width}×${viewport.height} no two event labels overlap`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openDashboard(page);
      const { timeline } = regions(page);
      const titles = await eventTitles(page);
      // Parts of the timeline load after the first paint and the layout follows them: read every label's box
      // in one pass, and again until the layout has settled (a real overlap stays and fails the poll).
      const overlaps = async () => {
        const labelled: { name: string; box: { x: number; y: number; width: number; height: number } }[] = [];
        for (const { name, button } of await eventButtons(timeline, titles)) {
          // A mark without a label has no text; only buttons showing their title carry a label.
          if ((await button.innerText()).trim() === "") continue;
          const box = await button.boundingBox();
          if (box && box.width > 0) labelled.push({ name, box });
        }
        expect(labelled.length).toBeGreaterThan(8);
        const found: string[] = [];
        for (let i = 0; i < labelled.length; i++) {
          for (let j = i + 1; j < labelled.length; j++) {
            const a = labelled[i]!.box;
            const b = labelled[j]!.box;
            const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
            if (!apart) found.push(`${labelled[i]!.name} × ${labelled[j]!.name}`);
          }
        }
        return found;
      };
      await expect.poll(overlaps).toEqual([]);
    });
  }

  test("axe finds no serious or critical violation in the Timeline region", async ({ page }) => {
    await openDashboard(page);
    const check = async () => {
      const results = await new AxeBuilder({ page }).include('section[aria-label="Timeline"]').analyze();
      return results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    };
    expect(await check()).toEqual([]);
    // With an event selected, the others are dimmed: still legible.
    await regions(page).timeline.getByRole("button", { name: /^Aliyev.s TV interview: high hopes/ }).click();
    await expect(regions(page).timeline.getByRole("button", { name: /^Aliyev.s TV interview: high hopes/ })).toHaveAttribute("aria-current", "true");
    expect(await check()).toEqual([]);
  });
});
