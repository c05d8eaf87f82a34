import { expect, type Locator, type Page } from "@playwright/test";

/** Opens a URL and waits until both views have drawn (the contract's data-ready on <main>). */
export async function openDashboard(page: Page, url = "/") {
  await page.goto(url);
  await expect(page.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
}

/** Console errors and uncaught page errors seen while the test runs. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** The status line's three counts, read through the contract's wording. */
export async function statusCounts(page: Page) {
  const status = page.getByRole("status").filter({ hasText: "events" });
  // The status line follows the views (a burst of steps a moment later) and says aria-busy until it caught up.
  await expect(status).not.toHaveAttribute("aria-busy", "true");
  const text = (await status.textContent()) ?? "";
  const read = (noun: string) => {
    const match = new RegExp(`(\\d+) of (\\d+) ${noun}`).exec(text);
    if (!match) throw new Error(`status line has no "${noun}" count: ${text}`);
    return { visible: Number(match[1]), total: Number(match[2]) };
  };
  return { events: read("events"), actors: read("actors"), ties: read("ties") };
}

/** The regions of the contract. */
export const regions = (page: Page) => ({
  timeline: page.getByRole("region", { name: "Timeline" }),
  network: page.getByRole("region", { name: "Network" }),
  details: page.getByRole("complementary", { name: "Details" }),
});

/** A point on the network's drawing stage. */
export type StagePoint = { x: number; y: number };

/** Centres of the actor buttons in the Network region, by name, relative to its drawing stage. */
export async function actorCentres(page: Page): Promise<Map<string, StagePoint>> {
  const entries = await regions(page)
    .network.locator("button[aria-pressed]")
    .evaluateAll((els) =>
      // Only buttons laid out on the stage: one not rendered at that moment (removed, or under a hidden ancestor)
      // has no offset parent.
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => {
        const stage = (el as HTMLElement).offsetParent!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return [el.getAttribute("aria-label") ?? "", { x: r.x + r.width / 2 - stage.x, y: r.y + r.height / 2 - stage.y }] as const;
      }),
    );
  return new Map(entries);
}

/** Checks that every actor in both maps sits where it sat (within half a pixel); returns how many were compared. */
export function expectUnmoved(before: Map<string, StagePoint>, after: Map<string, StagePoint>): number {
  let common = 0;
  for (const [name, p] of after) {
    const q = before.get(name);
    if (!q) continue;
    common++;
    expect(Math.abs(p.x - q.x), name).toBeLessThan(0.5);
    expect(Math.abs(p.y - q.y), name).toBeLessThan(0.5);
  }
  return common;
}

/**
 * Dispatches one PageDown on `slider` in each of `steps` animation frames (a held key), then reads, in the same
 * frame: the Network canvas's painted pixels (its picture copied at the stage's size; 0 before it is there), whether the window is
 * moving in a burst, and how many actor buttons there are. With 0 steps it only reads.
 */
export function holdPageDownOverNetwork(slider: Locator, steps: number) {
  return slider.evaluate(
    (el, steps) =>
      new Promise<{ moving: string | null; painted: number; buttons: number }>((resolve) => {
        const network = document.querySelector<HTMLElement>('[aria-label="Network"]')!;
        const painted = () => {
          const shown = network.querySelector("canvas");
          if (!shown) return 0;
          const copy = document.createElement("canvas");
          copy.width = shown.clientWidth;
          copy.height = shown.clientHeight;
          const context = copy.getContext("2d")!;
          context.drawImage(shown, 0, 0, copy.width, copy.height);
          const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
          let count = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
          return count;
        };
        let done = 0;
        const tick = () => {
          if (done++ === steps) {
            resolve({ moving: network.getAttribute("data-moving"), painted: painted(), buttons: network.querySelectorAll("button[data-actor]").length });
            return;
          }
          el.dispatchEvent(new KeyboardEvent("keydown", { key: "PageDown", bubbles: true, cancelable: true }));
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    steps,
  );
}
