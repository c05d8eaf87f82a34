import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { openDashboard, regions, statusCounts } from "./helpers";

const DATASET = "azerbaijan-us-2025";

interface StepView {
  from?: string;
  to?: string;
  themes?: string[];
  actor?: string;
  event?: string;
  tie?: string;
}
interface Step {
  id: string;
  title: string;
  view: StepView;
}
interface Bundled {
  defaultWindow: { from: string; to: string };
  story: { title: string; steps: Step[] };
}

/** The bundled dataset as the API serves it: the story is read from it, not copied into the test. */
async function bundled(request: APIRequestContext): Promise<Bundled> {
  const response = await request.get(`/api/datasets/${DATASET}`);
  expect(response.ok()).toBe(true);
  const dataset = (await response.json()) as Bundled;
  expect(dataset.story.steps.length).toBeGreaterThanOrEqual(7);
  return dataset;
}

/** The step at a 0-based position (negative counts from the end). */
function stepAt(dataset: Bundled, position: number): Step {
  const steps = dataset.story.steps;
  const step = steps[position < 0 ? steps.length + position : position];
  if (!step) throw new Error(`the story has no step ${position}`);
  return step;
}

/** The deep link of a step's view written out field by field, without `step`. */
function deepLink(step: Step, dataset: Bundled) {
  const params = new URLSearchParams({ from: step.view.from ?? dataset.defaultWindow.from, to: step.view.to ?? dataset.defaultWindow.to });
  if (step.view.themes?.length) params.set("themes", step.view.themes.join(","));
  for (const key of ["actor", "event", "tie"] as const) if (step.view[key]) params.set(key, step.view[key]!);
  return `/?${params}`;
}

/** Checks that both charts and the URL show the step's view. */
async function expectStep(page: Page, step: Step, position: number, dataset: Bundled) {
  const story = page.getByRole("region", { name: "Story" });
  await expect(story).toContainText(`Step ${position} of ${dataset.story.steps.length}`);
  await expect(story.getByRole("heading", { name: step.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]step=${step.id}(&|$)`));
  await expect(page.getByRole("slider", { name: "Window start" })).toHaveAttribute("aria-valuetext", step.view.from ?? dataset.defaultWindow.from);
  await expect(page.getByRole("slider", { name: "Window end" })).toHaveAttribute("aria-valuetext", step.view.to ?? dataset.defaultWindow.to);
  const pressed = regions(page).network.getByRole("button", { pressed: true });
  if (step.view.actor) await expect(pressed).toHaveCount(1);
  else await expect(pressed).toHaveCount(0);
}

test.describe("story", () => {
  test("?step=<id> opens the step with its window, selection and counts", async ({ page, request }) => {
    const dataset = await bundled(request);
    const position = Math.min(3, dataset.story.steps.length) - 1;
    const step = stepAt(dataset, position);
    await openDashboard(page, deepLink(step, dataset));
    const expected = await statusCounts(page);
    await openDashboard(page, `/?step=${step.id}`);
    await expectStep(page, step, position + 1, dataset);
    expect(await statusCounts(page)).toEqual(expected);
  });

  test("Next and Previous change both charts and the URL, and Back returns to the previous step", async ({ page, request }) => {
    const dataset = await bundled(request);
    const [first, second] = [stepAt(dataset, 0), stepAt(dataset, 1)];
    await openDashboard(page, "/");
    const story = page.getByRole("region", { name: "Story" });
    const next = story.getByRole("button", { name: "Next step" });
    // A step that frames the network leaves the page where it was: the band and the button pressed stay in view.
    const stayInView = async () => {
      await expect(next).toBeInViewport({ ratio: 1 });
      await expect(story).toBeInViewport({ ratio: 1 });
    };
    await expect(story.getByRole("heading", { name: dataset.story.title })).toBeVisible();
    await expect(story.getByRole("button", { name: "Previous step" })).toBeDisabled();
    await next.click();
    await expectStep(page, first, 1, dataset);
    await stayInView();
    const firstCounts = await statusCounts(page);
    await next.click();
    await expectStep(page, second, 2, dataset);
    await stayInView();
    await page.goBack();
    await expectStep(page, first, 1, dataset);
    expect(await statusCounts(page)).toEqual(firstCounts);
    await next.click();
    await expectStep(page, second, 2, dataset);
    await story.getByRole("button", { name: "Previous step" }).click();
    await expectStep(page, first, 1, dataset);
  });

  test("←/→ in the region walk the steps; a change by hand offers to return to the step", async ({ page, request }) => {
    const dataset = await bundled(request);
    const [first, second] = [stepAt(dataset, 0), stepAt(dataset, 1)];
    await openDashboard(page, `/?step=${first.id}`);
    const story = page.getByRole("region", { name: "Story" });
    await story.focus();
    await page.keyboard.press("ArrowRight");
    await expectStep(page, second, 2, dataset);
    await page.keyboard.press("ArrowLeft");
    await expectStep(page, first, 1, dataset);
    await page.getByRole("slider", { name: "Window end" }).focus();
    await page.keyboard.press("PageDown");
    await expect(story.getByRole("status")).toHaveText(/You have changed the view since this step/);
    await story.getByRole("button", { name: "Return to step" }).click();
    await expectStep(page, first, 1, dataset);
    await expect(story.getByRole("status")).toHaveCount(0);
  });

  test("the last step disables Next step, and the Story region has no serious axe violation", async ({ page, request }) => {
    const dataset = await bundled(request);
    await openDashboard(page, `/?step=${stepAt(dataset, -1).id}`);
    const story = page.getByRole("region", { name: "Story" });
    await expect(story.getByRole("button", { name: "Next step" })).toBeDisabled();
    await expect(story.getByRole("button", { name: "Previous step" })).toBeEnabled();
    const results = await new AxeBuilder({ page }).include("section[aria-label='Story']").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
});

/** Text that only the Story region's lazily loaded chunk holds. */
const STORY_CHUNK_MARKER = "You have changed the view since this step.";

for (const [name, query] of [
  ["before the first step", ""],
  ["on a step", "?step=embassy-row"],
] as const) {
  test(`the charts do not move when the Story region's code arrives (${name})`, async ({ page, request }) => {
    const { story } = await bundled(request);
    const step = query ? story.steps.find((s) => query.endsWith(`=${s.id}`)) : undefined;
    if (query) expect(step, `the bundled story has a step "${query}"`).toBeDefined();
    // Hold the Story chunk until the dashboard is ready, so the stand-in is measured, then let it through.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**", async (route) => {
      try {
        const response = await route.fetch();
        const body = await response.text();
        if (body.includes(STORY_CHUNK_MARKER)) await held;
        await route.fulfill({ response, body });
      } catch {
        // The test ended while a chunk was in flight: there is nobody left to answer.
      }
    });
    await openDashboard(page, `/${query}`);
    const storyRegion = page.getByRole("region", { name: "Story" });
    await expect(storyRegion).toHaveCount(0);
    const { network } = regions(page);
    const before = await network.boundingBox();
    release();
    await expect(storyRegion).toBeVisible();
    if (step) await expect(storyRegion.getByRole("heading", { name: step.title })).toBeVisible();
    expect(await network.boundingBox()).toEqual(before);
  });
}
