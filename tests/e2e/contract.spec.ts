import { expect, test } from "@playwright/test";
import { collectErrors, openDashboard, regions, statusCounts } from "./helpers";

test.describe("page contract", () => {
  test("has one main, the dataset title, the three landmarks and a status line", async ({ page }) => {
    const errors = collectErrors(page);
    await openDashboard(page);
    await expect(page.locator("main")).toHaveCount(1);
    await expect(page).toHaveTitle(/Azerbaijan–US relations/);
    const { timeline, network, details } = regions(page);
    await expect(timeline).toBeVisible();
    await expect(network).toBeVisible();
    await expect(details).toBeVisible();
    const counts = await statusCounts(page);
    expect(counts.events.total).toBe(64);
    expect(counts.events.visible).toBeGreaterThan(20);
    expect(counts.events.visible).toBeLessThan(counts.events.total);
    expect(counts.actors.visible).toBeLessThanOrEqual(counts.actors.total);
    expect(counts.ties.visible).toBeLessThanOrEqual(counts.ties.total);
    expect(errors).toEqual([]);
  });

  test("lists the themes as checkboxes in a group, unchecked by default", async ({ page }) => {
    await openDashboard(page);
    const group = page.getByRole("group", { name: "Themes" });
    await expect(group.getByRole("checkbox")).toHaveCount(8);
    await expect(group.getByRole("checkbox", { name: /Armenia–Azerbaijan peace process/ })).not.toBeChecked();
  });

  test("sends the security headers and no X-Powered-By", async ({ request }) => {
    for (const path of ["/", "/api/datasets", "/api/datasets/azerbaijan-us-2025", "/icon.svg"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], path).toBe("SAMEORIGIN");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });

  test("serves the dataset endpoints as the contract says", async ({ request }) => {
    const list = await (await request.get("/api/datasets")).json();
    expect(list).toContainEqual({ id: "azerbaijan-us-2025", title: expect.any(String), events: 64, actors: expect.any(Number), ties: expect.any(Number) });
    const one = await request.get("/api/datasets/azerbaijan-us-2025");
    expect(one.status()).toBe(200);
    expect(one.headers()["etag"]).toBeTruthy();
    expect((await one.json()).id).toBe("azerbaijan-us-2025");
    expect((await request.get("/api/datasets/no-such-dataset")).status()).toBe(404);
    expect((await request.get("/api/datasets/Bad_Id")).status()).toBe(400);
  });

  test("ignores an unknown dataset: the default opens with a visible notice", async ({ page }) => {
    const errors = collectErrors(page);
    await openDashboard(page, "/?dataset=no-such-dataset");
    await expect(page.getByText("There is no dataset named “no-such-dataset”, so the default dataset is shown.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Azerbaijan–US relations/);
    await expect(page).toHaveTitle(/Azerbaijan–US relations/);
    // The address (and so every link copied from the page) names the dataset shown, not the unknown one.
    await expect(page).toHaveURL(/[?&]dataset=azerbaijan-us-2025(&|$)/);
    expect(errors).toEqual([]);
  });

  test("names theme checkboxes by their label alone", async ({ page }) => {
    await openDashboard(page);
    const georgia = page.getByRole("group", { name: "Themes" }).getByRole("checkbox", { name: "Georgia", exact: true });
    await expect(georgia).toHaveAccessibleDescription(/^\d+ events in the window$/);
  });
});
