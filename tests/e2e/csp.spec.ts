import { expect, test, type Page } from "@playwright/test";
import { extraPort } from "../../playwright.config";
import { openDashboard, regions } from "./helpers";

const extra = `http://127.0.0.1:${extraPort}`;

/**
 * Records every CSP violation the page reports, from the first script on (an init script runs before the
 * page's own), plus the console's "Refused to …" lines, which also cover a worker that was not allowed.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)), ...console];
}

/** The directives of a policy header by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

test.describe("content security policy", () => {
  test("every page response has a strict policy with a fresh nonce that Next puts on its scripts", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/");
      const policy = response.headers()["content-security-policy"] ?? "";
      const d = directives(policy);
      const script = d.get("script-src") ?? [];
      const nonce = script.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, policy).toBeTruthy();
      nonces.add(nonce!);
      expect(script).not.toContain("'unsafe-inline'");
      expect(script).not.toContain("'unsafe-eval'");
      expect(d.get("object-src")).toEqual(["'none'"]);
      expect(d.get("base-uri")).toEqual(["'none'"]);
      expect(d.get("frame-ancestors")).toEqual(["'self'"]);
      expect(d.get("worker-src")).toEqual(["'self'", "blob:"]);
      expect(response.headers()["x-frame-options"]).toBe("SAMEORIGIN");
      // Every script element in the HTML carries this response's nonce: none would run otherwise.
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(2);
  });

  test("/embed may be framed by EMBED_ORIGINS (any origin when unset) and sends no X-Frame-Options", async ({ request }) => {
    const open = await request.get("/embed");
    expect(directives(open.headers()["content-security-policy"] ?? "").get("frame-ancestors")).toEqual(["*"]);
    expect(open.headers()["x-frame-options"]).toBeUndefined();
    const listed = await request.get(`${extra}/embed?dataset=azerbaijan-us-2025`);
    expect(directives(listed.headers()["content-security-policy"] ?? "").get("frame-ancestors")).toEqual(["https://news.example", "https://blog.example:8443"]);
    expect(listed.headers()["x-frame-options"]).toBeUndefined();
    // A path that merely starts with the same letters is not the embed route.
    expect((await request.get("/embedded")).headers()["x-frame-options"]).toBe("SAMEORIGIN");
  });

  test("the dashboard in each of its states reports no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    await openDashboard(page, "/");
    const { network, details, timeline } = regions(page);
    // Lazily loaded parts: an actor's details, an event's details, the tables, the search matcher.
    await network.getByRole("button", { name: "Azerbaijan", exact: true }).click();
    await expect(details.getByRole("heading", { name: "Azerbaijan", level: 2 })).toBeVisible();
    await openDashboard(page, "/?from=2016-01-01&to=2017-01-01");
    await timeline.getByRole("button", { name: /^Trump wins the 2016/ }).first().click();
    await expect(details.locator("time[datetime]").first()).toBeVisible();
    await page.getByText("Table view of the selection").click();
    await expect(page.getByRole("table").first()).toBeVisible();
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("Türk");
    await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toContainText("Türkiye");
    await openDashboard(page, "/?dataset=azerbaijan-us-2025&tie=azerbaijan-united-states&themes=peace-process");
    await page.goto("/?dataset=no-such-dataset");
    await expect(page.getByText(/There is no dataset named/)).toBeVisible();
    await expect(page.locator("main")).toHaveAttribute("data-ready", "true");
    await page.goto("/no-such-page");
    await expect(page.getByText(/could not be found/i)).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("a large graph laid out in the worker and drawn by the canvas worker reports no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await openDashboard(page, `${extra}/?dataset=synthetic-large`);
    // Both workers started (so the policy was tested against them), and nothing was refused.
    await expect.poll(() => workers.length).toBeGreaterThanOrEqual(2);
    expect(await violations()).toEqual([]);
  });

  test("invalid and oversized files show their problem, with no violation", async ({ page, request }) => {
    const violations = await watchViolations(page);
    await page.goto(`${extra}/?dataset=invalid-sample`);
    await expect(page.getByRole("heading", { name: /Dataset “invalid-sample” is invalid/ })).toBeVisible();
    await page.goto(`${extra}/?dataset=oversized`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("over the limit of 1.0 MB");
    expect(await violations()).toEqual([]);
    const api = await request.get(`${extra}/api/datasets/oversized`);
    expect(api.status()).toBe(413);
    expect((await api.json()).limit).toBe(1_000_000);
  });
});
