import type { Metadata } from "next";
import { headers } from "next/headers";
import { DEFAULT_DATASET_ID, loadDataset } from "@/lib/server/datasets";
import { requestedId, type SearchParams as RequestSearchParams } from "@/lib/server/requestedDataset";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The page's oEmbed discovery link (`<link rel="alternate" type="application/json+oembed">`), as Next metadata:
 * the endpoint with this page's absolute URL, so a consumer given the page finds the embed.
 */
export async function oEmbedAlternate(path: "/" | "/embed", searchParams: SearchParams) {
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host");
  if (!host) return {};
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) if (typeof value === "string") query.set(key, value);
  const search = query.size ? `?${query.toString()}` : "";
  const pageUrl = `${proto}://${host}${path}${search}`;
  return { alternates: { types: { "application/json+oembed": `${proto}://${host}/api/oembed?url=${encodeURIComponent(pageUrl)}` } } };
}

/**
 * The metadata of `/` and `/embed` for a request: the dataset's title (the default dataset's when the one asked
 * for does not exist, as the page then shows) and the oEmbed discovery link.
 */
export async function datasetPageMetadata(path: "/" | "/embed", searchParams: RequestSearchParams): Promise<Metadata> {
  let result = await loadDataset(await requestedId(searchParams));
  if (result.status === "not-found") result = await loadDataset(DEFAULT_DATASET_ID);
  const title = result.status === "ok" ? result.dataset.title : "Dataset unavailable";
  return { title: `${title} · Linked timeline and network`, ...(await oEmbedAlternate(path, await searchParams)) };
}
