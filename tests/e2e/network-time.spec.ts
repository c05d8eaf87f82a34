import { expect, test } from "@playwright/test";
import { openDashboard, regions, statusCounts } from "./helpers";

const DATASET = "azerbaijan-us-2025";

interface Data {
  actors: { id: string; name: string }[];
  events: { actors: string[]; date?: { start: string; end?: string } }[];
  ties: { source: string; target: string; span?: { start?: string; end?: string } }[];
}

/** ISO dates of any precision against a day: a month or year runs to its last day. */
const startsBy = (iso: string | undefined, day: string) => !iso || iso <= day;
const endsFrom = (iso: string | undefined, day: string) => !iso || `${iso}-99-99`.slice(0, 10) >= day;

test("a day in 1992 shows only actors with an event or a dated tie in force that day", async ({ page }) => {
  const day = "1992-06-01";
  await openDashboard(page, `/?dataset=${DATASET}&from=${day}&to=${day}`);
  const data = (await (await page.request.get(`/api/datasets/${DATASET}`)).json()) as Data;
  const reasons = new Set<string>();
  for (const e of data.events) if (!e.date || (startsBy(e.date.start, day) && endsFrom(e.date.end ?? e.date.start, day))) e.actors.forEach((a) => reasons.add(a));
  for (const t of data.ties) if (t.span && startsBy(t.span.start, day) && endsFrom(t.span.end, day)) [t.source, t.target].forEach((a) => reasons.add(a));
  const allowed = new Set(data.actors.filter((a) => reasons.has(a.id)).map((a) => a.name));

  const counts = await statusCounts(page);
  expect(counts.actors.visible).toBeLessThanOrEqual(allowed.size);
  expect(counts.actors.visible).toBeLessThan(counts.actors.total / 2);
  const names = await regions(page)
    .network.getByRole("button", { pressed: false })
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? e.textContent ?? ""));
  const actorNames = new Set(data.actors.map((a) => a.name));
  const shown = names.filter((n) => actorNames.has(n));
  expect(shown.length).toBe(counts.actors.visible);
  expect(shown.filter((n) => !allowed.has(n))).toEqual([]);
});

test("moving the window changes the actors drawn: a quiet stretch and a busy one differ", async ({ page }) => {
  await openDashboard(page, `/?dataset=${DATASET}&from=2019-01-01&to=2023-12-31`);
  const quiet = (await statusCounts(page)).actors.visible;
  await openDashboard(page, `/?dataset=${DATASET}&from=2024-10-01&to=2025-01-31`);
  const busy = (await statusCounts(page)).actors.visible;
  expect(busy).toBeGreaterThan(quiet + 10);
});
