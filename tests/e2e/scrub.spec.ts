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
