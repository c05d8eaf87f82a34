import type { NextRequest } from "next/server";
import { isIdShaped } from "@/lib/dataset/ids";
import { oEmbedResponse, readOEmbedRequest } from "@/lib/export/oembed";
import { DEFAULT_DATASET_ID, loadDataset } from "@/lib/server/datasets";

/** The hosts this site answers as: the request's own and the one a proxy says it forwarded. */
function siteHosts(request: Request): string[] {
  const hosts = [new URL(request.url).host];
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = request.headers.get("host");
  for (const h of [forwarded, host]) if (h && !hosts.includes(h)) hosts.push(h);
  return hosts;
}

/** GET /api/oembed?url=<a view of this site>[&maxwidth=N&maxheight=N]: oEmbed 1.0 rich JSON with an iframe of /embed. */
export async function GET(request: NextRequest | Request) {
  const parsed = readOEmbedRequest(new URL(request.url), siteHosts(request));
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: parsed.status, headers: { "Cache-Control": "no-store" } });
  const id = parsed.datasetId && isIdShaped(parsed.datasetId) ? parsed.datasetId : DEFAULT_DATASET_ID;
  let result = await loadDataset(id);
  if (result.status !== "ok") result = await loadDataset(DEFAULT_DATASET_ID);
  const title = result.status === "ok" ? result.dataset.title : "Linked timeline and network";
  return Response.json(oEmbedResponse(parsed, title), { headers: { "Cache-Control": "public, max-age=300" } });
}
