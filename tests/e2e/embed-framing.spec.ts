import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/**
 * The contract: only /embed may be framed by other origins (EMBED_ORIGINS, any when unset); every other route
 * refuses. The headers are sent by the security setup (next.config / proxy), not by the embed route itself.
 */
// The host page comes from a second loopback server (another origin): a routed page counts as a public
// origin, and Chromium's local network access checks would block its frames before any header is read.
async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/article`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("a page of another origin can frame /embed but not /", async ({ page, baseURL }) => {
  const host = await hostPage(`<!doctype html><title>Article</title>
        <iframe id="embed" title="embed" src="${baseURL}/embed?themes=peace-process" width="960" height="640"></iframe>
        <iframe id="full" title="full" src="${baseURL}/?themes=peace-process" width="960" height="640"></iframe>`);
  try {
    const fullResponse = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/?`));
    await page.goto(host.url);
    const embed = page.frameLocator("#embed");
    await expect(embed.locator("main")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    await expect(embed.getByRole("status").filter({ hasText: "events" })).toContainText(/\d+ of \d+ events/);
    // The full page was served (so it had its chance to render) but the browser refused to show it in the frame.
    await fullResponse;
    await expect(page.frameLocator("#full").locator("main")).toHaveCount(0);
  } finally {
    await host.close();
  }
});
