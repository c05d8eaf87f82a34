import { expect, test } from "@playwright/test";
import { indexDataset } from "@/lib/dataset/indexed";
import type { Dataset } from "@/lib/dataset/schema";
import { addMonthsKeepingEnd, parseIsoDay, toIsoDay } from "@/lib/dates";
import { selectVisible } from "@/lib/select";
import { openDashboard, regions, statusCounts } from "./helpers";

test("holding PageDown on Window end for 2 s: every press lands, and the URL, the counts and both views agree at the end", async ({ page, request }) => {
  const dataset = (await (await request.get("/api/datasets/azerbaijan-us-2025")).json()) as Dataset;
  const index = indexDataset(dataset);
  await openDashboard(page);
  const { timeline, network } = regions(page);
  await timeline.getByRole("button", { name: "All dates" }).click();
  const start = page.getByRole("slider", { name: "Window start" });
  const end = page.getByRole("slider", { name: "Window end" });
  await expect(end).toHaveAttribute("aria-valuetext", toIsoDay(index.extent.end));
  const from = parseIsoDay((await start.getAttribute("aria-valuetext"))!)!;

  // Enough presses to pull the end before the last event begins, so the end state hides something (a slow
  // machine sends fewer presses in two seconds).
  const lastStart = Math.max(...index.events.filter((e) => e.dated).map((e) => e.start));
  let needed = 0;
  for (let day = index.extent.end; day >= lastStart; day = addMonthsKeepingEnd(day, -1)) needed++;

  // Held: keydowns as fast as they can be sent (faster than a keyboard's auto-repeat), for two seconds.
  await end.focus();
  let presses = 0;
  const started = Date.now();
  while (Date.now() - started < 2000 || presses < needed) {
    await page.keyboard.down("PageDown");
    presses++;
  }
  await page.keyboard.up("PageDown");

  // Each press moves the end a calendar month back (never before the start).
  let expected = index.extent.end;
  for (let i = 0; i < presses; i++) expected = Math.max(from, addMonthsKeepingEnd(expected, -1));
  const to = toIsoDay(expected);
  expect(presses).toBeGreaterThan(20);
  await expect(end).toHaveAttribute("aria-valuetext", to);
  await expect(page).toHaveURL(new RegExp(`[?&]to=${to}(&|$)`));

  const selection = selectVisible(index, { from, to: expected, themes: [] });
  const truth = selection.counts;
  await expect.poll(() => statusCounts(page)).toEqual({ events: truth.events, actors: truth.actors, ties: truth.ties });
  // The timeline shows each visible event as a button named by its title (here fewer than the 300 that would
  // be binned), and no other event; the network, each visible actor by name and no other.
  expect(truth.events.visible).toBeLessThanOrEqual(300);
  const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  for (const { event } of selection.events) await expect(timeline.getByRole("button", { name: startsWith(event.title) }).first()).toBeAttached();
  const hidden = index.events.find((e) => !selection.events.includes(e))!;
  await expect(timeline.getByRole("button", { name: startsWith(hidden.event.title) })).toHaveCount(0);
  await expect(network.locator("button[aria-pressed]")).toHaveCount(truth.actors.visible);
  for (const actor of selection.actors) await expect(network.getByRole("button", { name: actor.name, exact: true })).toBeAttached();
});

test("while the window moves, the timeline's marks are drawn on a canvas and their buttons wait, hidden; at rest both views' buttons follow the window", async ({ page }) => {
  await openDashboard(page);
  const { timeline, network } = regions(page);
  await timeline.getByRole("button", { name: "All dates" }).click();
  const end = page.getByRole("slider", { name: "Window end" });
  await end.focus();
  // The start of a hold, one press a frame (the first press after a pause is a step of its own, the second
  // starts the burst, the third moves it on), then a look one frame later: well inside the burst's rest (150 ms).
  const during = await end.evaluate(async (slider) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const press = () => slider.dispatchEvent(new KeyboardEvent("keydown", { key: "PageDown", code: "PageDown", bubbles: true, cancelable: true }));
    for (let i = 0; i < 3; i++) {
      press();
      await frame();
    }
    const region = slider.closest("section")!;
    const canvas = [...region.querySelectorAll("canvas")].find((c) => !c.hidden && c.className.includes("motion"));
    const buttons = [...region.querySelectorAll("button[data-event-id]")];
    let painted = 0;
    if (canvas) {
      const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    }
    return { canvas: Boolean(canvas), painted, buttons: buttons.length, hidden: buttons.filter((b) => getComputedStyle(b).visibility === "hidden").length };
  });
  expect(during.canvas).toBe(true);
  expect(during.painted).toBeGreaterThan(2000);
  expect(during.buttons).toBeGreaterThan(20);
  expect(during.hidden).toBe(during.buttons);

  // At rest the buttons show the final window, and the canvas is gone.
  const events = timeline.locator("button[data-event-id]");
  await expect(events.first()).toBeVisible();
  await expect(timeline.locator("canvas[class*=motion]")).toBeHidden();
  const counted = await statusCounts(page);
  await expect(events).toHaveCount(counted.events.visible);
  for (const button of await events.all()) await expect(button).toBeVisible();
  const actors = network.locator("button[aria-pressed]");
  await expect(actors).toHaveCount(counted.actors.visible);
  for (const button of await actors.all()) await expect(button).toBeVisible();
});
