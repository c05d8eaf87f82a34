import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/oembed/route";
import { EMBED_SIZE } from "@/lib/export/oembed";

const SITE = "http://dash.test";
const call = (query: string) => GET(new Request(`${SITE}/api/oembed${query}`));
const view = (path: string) => `?url=${encodeURIComponent(`${SITE}${path}`)}`;

describe("GET /api/oembed", () => {
  it("answers a view of this site with oEmbed 1.0 rich JSON: an iframe of /embed with the same view", async () => {
    const response = await call(view("/?dataset=azerbaijan-us-2025&from=2025-01-01&to=2025-03-31&themes=peace-process,georgia"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", width: EMBED_SIZE.width, height: EMBED_SIZE.height });
    expect(body.title).toMatch(/Azerbaijan/);
    expect(body.provider_name).toEqual(expect.any(String));
    const src = /<iframe src="([^"]+)"/.exec(body.html)![1]!.replace(/&amp;/g, "&");
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe(`${SITE}/embed`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ dataset: "azerbaijan-us-2025", from: "2025-01-01", to: "2025-03-31", themes: "peace-process,georgia" });
    expect(body.html).toContain(`width="${EMBED_SIZE.width}"`);
  });

  it("honours maxwidth and maxheight", async () => {
    const body = await (await call(`${view("/embed")}&maxwidth=500&maxheight=400`)).json();
    expect(body.width).toBe(500);
    expect(body.height).toBe(400);
    expect(body.html).toContain('width="500" height="400"');
    const big = await (await call(`${view("/")}&maxwidth=5000`)).json();
    expect(big.width).toBe(EMBED_SIZE.width);
  });

  it("escapes URL parameters in the iframe HTML", async () => {
    const hostile = `/?dataset=x"><script>alert(1)</script>&actor='onload='`;
    const body = await (await call(`?url=${encodeURIComponent(SITE + hostile)}`)).json();
    expect(body.html).not.toMatch(/<script/i);
    // The HTML is one iframe element whose attributes are exactly these: nothing broke out of src.
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(body.html);
    expect(Object.keys(parsed.iframe).sort()).toEqual(["height", "loading", "src", "style", "title", "width"]);
    expect(new URL(parsed.iframe.src).searchParams.get("dataset")).toBe(`x"><script>alert(1)</script>`);
  });

  it("answers 404 for another site's URL or a page that is not a view, 400 for a missing or malformed url", async () => {
    expect((await call(`?url=${encodeURIComponent("https://elsewhere.example/?dataset=a")}`)).status).toBe(404);
    expect((await call(view("/api/datasets"))).status).toBe(404);
    expect((await call("")).status).toBe(400);
    expect((await call("?url=not%20a%20url")).status).toBe(400);
    expect((await call(`?url=${encodeURIComponent("javascript:alert(1)")}`)).status).toBe(400);
    expect((await call(`${view("/")}&format=xml`)).status).toBe(501);
  });
});
