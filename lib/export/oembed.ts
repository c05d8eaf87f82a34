/**
 * oEmbed 1.0 for this site's views (https://oembed.com/): a `rich` response whose HTML is an iframe of
 * `/embed` with the same view. Only URLs of this site's dashboard (`/` or `/embed`) are embeddable.
 */
import { VIEW_KEYS } from "@/lib/view/url";
import { escapeXml } from "./xml";

/** The embed's size when the consumer sets no maximum, and the smallest it is drawn. */
export const EMBED_SIZE = { width: 960, height: 640, minWidth: 320, minHeight: 360 } as const;
export const PROVIDER_NAME = "Linked timeline and relationship dashboard";

/** The parameters of an embeddable view that the iframe keeps (the dataset and the view's own). */
const KEPT = ["dataset", ...VIEW_KEYS] as const;

/** What an oEmbed request resolves to: a view to embed, or an HTTP error. */
export type OEmbedRequest =
  | { ok: true; embedUrl: string; viewUrl: string; datasetId: string | null; width: number; height: number }
  | { ok: false; status: 400 | 404 | 501; error: string };

/** A positive integer parameter, or null when absent or not one (a malformed maximum is ignored). */
function positive(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

/** Reads an oEmbed request against this site's origins (the request's own, and any the proxy forwarded). */
export function readOEmbedRequest(requestUrl: URL, siteHosts: readonly string[]): OEmbedRequest {
  const format = requestUrl.searchParams.get("format");
  if (format !== null && format !== "json") return { ok: false, status: 501, error: "Only the json format is provided." };
  const raw = requestUrl.searchParams.get("url");
  if (!raw) return { ok: false, status: 400, error: "The url parameter is required." };
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    return { ok: false, status: 400, error: "The url parameter is not a URL." };
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return { ok: false, status: 400, error: "The url parameter is not an http(s) URL." };
  if (!siteHosts.includes(target.host)) return { ok: false, status: 404, error: "That URL is not a view of this site." };
  const path = target.pathname.replace(/\/+$/, "") || "/";
  if (path !== "/" && path !== "/embed") return { ok: false, status: 404, error: "That URL is not a view of this site." };

  const kept = new URLSearchParams();
  for (const key of KEPT) {
    const value = target.searchParams.get(key);
    if (value !== null && value.length <= 2000) kept.set(key, value);
  }
  const search = kept.size ? `?${kept.toString()}` : "";
  const maxWidth = positive(requestUrl.searchParams.get("maxwidth"));
  const maxHeight = positive(requestUrl.searchParams.get("maxheight"));
  return {
    ok: true,
    embedUrl: `${target.origin}/embed${search}`,
    viewUrl: `${target.origin}/${search}`,
    datasetId: kept.get("dataset"),
    // The consumer's maximum wins, even below the size the embed is comfortable at: it is a maximum.
    width: Math.min(EMBED_SIZE.width, maxWidth ?? Infinity),
    height: Math.min(EMBED_SIZE.height, maxHeight ?? Infinity),
  };
}

/** The oEmbed 1.0 rich response for a view. */
export function oEmbedResponse(view: Extract<OEmbedRequest, { ok: true }>, title: string) {
  const html = `<iframe src="${escapeXml(view.embedUrl)}" width="${view.width}" height="${view.height}" title="${escapeXml(title)}" style="border:0" loading="lazy"></iframe>`;
  return {
    version: "1.0",
    type: "rich",
    title,
    provider_name: PROVIDER_NAME,
    provider_url: new URL(view.embedUrl).origin + "/",
    html,
    width: view.width,
    height: view.height,
    cache_age: 3600,
  };
}
