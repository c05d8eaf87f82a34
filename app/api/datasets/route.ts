import { listDatasets } from "@/lib/server/datasets";

/** GET /api/datasets: every valid dataset with its counts. */
export async function GET() {
  const datasets = await listDatasets();
  return Response.json(datasets, { headers: { "Cache-Control": "no-cache" } });
}
