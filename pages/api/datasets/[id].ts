import type { NextApiRequest, NextApiResponse } from "next";
import { datasetResponse } from "@/lib/server/datasetResponse";

/**
 * GET /api/datasets/<id> (see lib/server/datasetResponse.ts).
 *
 * A Pages Router API route, not an App Router route handler, on purpose: Next 16's route handlers drop
 * Content-Encoding and Content-Length from the responses they return (next/dist/server/send-response.js),
 * so they cannot send bytes compressed in advance; here the Node response is ours to write.
 */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    res.status(405).json({ error: "Only GET and HEAD." });
    return;
  }
  const id = typeof req.query.id === "string" ? req.query.id : "";
  const response = await datasetResponse(id, { acceptEncoding: req.headers["accept-encoding"], ifNoneMatch: req.headers["if-none-match"] });
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  if (response.body) res.setHeader("Content-Length", response.body.length);
  res.end(req.method === "HEAD" ? undefined : response.body ?? undefined);
}

export const config = {
  // Bodies up to DATASET_MAX_BYTES are intended (Next would otherwise warn about any response over 4 MB);
  // a GET has no body to parse, so Next's body parser is skipped on this hot path.
  api: { responseLimit: false, bodyParser: false },
};
