import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { collectErrors, openDashboard, statusCounts } from "./helpers";

const QUERY = "?from=2024-12-01&to=2025-02-28&themes=peace-process";

test.describe("/embed", () => {
  test("shows both views and the status line with the same counts as /, and no header, filters or details", async ({ page }) => {
    const errors = collectErrors(page);
    await openDashboard(page, `/${QUERY}`);
    const full = await statusCounts(page);
    await openDashboard(page, `/embed${QUERY}`);
    expect(await statusCounts(page)).toEqual(full);
    await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Network" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Themes" })).toHaveCount(0);
    await expect(page.getByRole("complementary", { name: "Details" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Export", exact: true })).toHaveCount(0);
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("Open full view leads to the same view on /, following clicks made in the embed", async ({ page }) => {
    await openDashboard(page, `/embed${QUERY}`);
    await page.getByRole("region", { name: "Network" }).getByRole("button", { name: "Armenia", exact: true }).click();
    const link = page.getByRole("link", { name: "Open full view" });
    await expect(link).toHaveAttribute("href", /actor=armenia/);
    const href = new URL((await link.getAttribute("href"))!, "http://x");
    expect(href.pathname).toBe("/");
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ from: "2024-12-01", to: "2025-02-28", themes: "peace-process", actor: "armenia" });
    const embedCounts = await statusCounts(page);
    await openDashboard(page, `${href.pathname}${href.search}`);
    expect(await statusCounts(page)).toEqual(embedCounts);
    await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { name: "Armenia" })).toBeVisible();
  });
});

test.describe("oEmbed", () => {
  test("pages advertise the endpoint, which answers rich JSON with an iframe of /embed", async ({ page, request, baseURL }) => {
    await page.goto(`/${QUERY}`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    expect(href).toBeTruthy();
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: expect.any(String), title: expect.stringContaining("Azerbaijan") });
    expect(body.html).toContain(`${baseURL}/embed?from=2024-12-01&amp;to=2025-02-28&amp;themes=peace-process`);
    const sized = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/embed${QUERY}`)}&maxwidth=480&maxheight=360`)).json();
    expect([sized.width, sized.height]).toEqual([480, 360]);
  });

  test("answers 404 for another site's URL and 400 for a missing or malformed url", async ({ request }) => {
    expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://example.com/?from=2025-01-01")}`)).status()).toBe(404);
    expect((await request.get("/api/oembed")).status()).toBe(400);
    expect((await request.get("/api/oembed?url=%%%")).status()).toBe(400);
  });
});
