import { expect, test } from "@playwright/test";

/**
 * The contract: only /embed may be framed by other origins (EMBED_ORIGINS, any when unset); every other route
 * refuses. The headers are sent by the security setup (next.config / proxy), not by the embed route itself.
 */
test("a page of another origin can frame /embed but not /", async ({ page, baseURL }) => {
  await page.route("http://host.example/article", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Article</title>
        <iframe id="embed" title="embed" src="${baseURL}/embed?themes=peace-process" width="960" height="640"></iframe>
        <iframe id="full" title="full" src="${baseURL}/?themes=peace-process" width="960" height="640"></iframe>`,
    }),
  );
  const fullResponse = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/?`));
  await page.goto("http://host.example/article");
  const embed = page.frameLocator("#embed");
  await expect(embed.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  await expect(embed.getByRole("status").filter({ hasText: "events" })).toContainText(/\d+ of \d+ events/);
  // The full page was served (so it had its chance to render) but the browser refused to show it in the frame.
  await fullResponse;
  await expect(page.frameLocator("#full").locator("main")).toHaveCount(0);
});
