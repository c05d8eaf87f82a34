import { expect, test } from "@playwright/test";
import { extraPort } from "../../playwright.config";
import { openDashboard, regions, statusCounts } from "./helpers";

/** Text that only the network's lazily loaded chunk holds (its layout progress line). */
const NETWORK_CHUNK_MARKER = "No actors in this window.";

test.describe("failures stay local", () => {
  test("a network chunk that fails to load costs only the network; Retry brings it back", async ({ page }) => {
    let block = true;
    let blocked = 0;
    await page.route("**/_next/static/chunks/**", async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (block && body.includes(NETWORK_CHUNK_MARKER)) {
        blocked++;
        await route.abort("failed");
      } else await route.fulfill({ response, body });
    });
    await page.goto("/?from=2016-01-01&to=2017-01-01");
    const { network, timeline, details } = regions(page);
    const alert = network.getByRole("alert");
    await expect(alert).toContainText("The network could not be loaded.");
    expect(blocked).toBeGreaterThan(0);

    // The rest of the dashboard works: an event shows in Details, the window moves, the status line follows.
    await timeline.getByRole("button", { name: /^Trump wins the 2016/ }).first().click();
    await expect(details.getByRole("heading", { name: /Trump wins the 2016/ })).toBeVisible();
    const end = page.getByRole("slider", { name: "Window end" });
    const eventsBefore = (await statusCounts(page)).events.visible;
    await end.focus();
    await page.keyboard.press("End");
    await expect(end).not.toHaveAttribute("aria-valuetext", "2017-01-01");
    await expect.poll(async () => (await statusCounts(page)).events.visible).toBeGreaterThan(eventsBefore);

    block = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(network.getByRole("button", { name: "Azerbaijan", exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator("main")).toHaveAttribute("data-ready", "true");
  });

  test("a Details pane that fails to load shows Retry inside Details only", async ({ page }) => {
    let block = true;
    await page.route("**/_next/static/chunks/**", async (route) => {
      try {
        const response = await route.fetch();
        const body = await response.text();
        if (block && body.includes("Show in network") && !body.includes(NETWORK_CHUNK_MARKER)) await route.abort("failed");
        else await route.fulfill({ response, body });
      } catch {
        // The test ended (or the page moved on) while a chunk was in flight: there is nobody left to answer.
      }
    });
    await openDashboard(page, "/");
    const { network, details } = regions(page);
    await network.getByRole("button", { name: "Azerbaijan", exact: true }).click();
    await expect(details.getByRole("alert")).toContainText("Details could not be loaded.");
    // The network and its selection are untouched.
    await expect(network.getByRole("button", { name: "Azerbaijan", exact: true })).toHaveAttribute("aria-pressed", "true");
    block = false;
    await details.getByRole("button", { name: "Retry" }).click();
    await expect(details.getByRole("heading", { name: "Azerbaijan", level: 2 })).toBeVisible({ timeout: 20_000 });
  });

  test("a layout worker that fails falls back to the main thread, with a notice", async ({ page }) => {
    // The layout request is the only message carrying a graph: answer it with the worker's error event.
    await page.addInitScript(() => {
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        if (message && typeof message === "object" && "graph" in message) {
          setTimeout(() => this.dispatchEvent(new ErrorEvent("error", { message: "layout worker broke (test)" })), 0);
          return;
        }
        return (post as (...args: unknown[]) => void).call(this, message, ...rest);
      } as typeof Worker.prototype.postMessage;
    });
    // A dataset no other test opens: after a large graph's first load the server sends its layout with the page.
    await openDashboard(page, `http://127.0.0.1:${extraPort}/?dataset=synthetic-first-load`);
    const { network } = regions(page);
    await expect(network.getByText("The layout worker failed")).toBeVisible();
    await expect(network.locator("button[aria-pressed]").first()).toBeVisible();
  });
});
