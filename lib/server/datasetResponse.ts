/**
 * The response of GET /api/datasets/<id>, independent of the framework: status, headers and body bytes.
 * A valid dataset is sent as bytes prepared once per file version, in the coding the client accepts
 * (brotli, gzip or none), with an ETag per coding so clients and CDNs revalidate cheaply. Server-only.
 */
import { chooseCoding, matchesEtag } from "./encodedBody";
import { loadDataset } from "./datasets";
import { datasetCacheControl, problemBody } from "./responses";

/** What to send. */
export interface DatasetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** The request headers that matter here. */
export interface DatasetRequest {
  acceptEncoding?: string | null;
  ifNoneMatch?: string | null;
}

const jsonError = (status: number, body: object, extra: Record<string, string> = {}): DatasetResponse => ({
  status,
  headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...extra },
  body: Buffer.from(JSON.stringify(body)),
});

/** Answers a request for one dataset. Never throws for a bad id or a bad file; each has its status. */
export async function datasetResponse(id: string, request: DatasetRequest = {}): Promise<DatasetResponse> {
  const result = await loadDataset(id);
  switch (result.status) {
    case "bad-id":
      return jsonError(400, { error: "A dataset id is lowercase letters, digits and hyphens." });
    case "not-found":
      return jsonError(404, { error: `No dataset named "${id}".` });
    case "invalid":
      return jsonError(422, { error: `Dataset "${id}" is invalid.`, problems: result.problems });
    case "too-large":
    case "refused":
    case "unreadable":
    case "busy": {
      const problem = problemBody(id, result);
      return jsonError(problem.status, problem.body, problem.status === 503 ? { "Retry-After": "1" } : {});
    }
    case "ok": {
      const coding = chooseCoding(request.acceptEncoding ?? null);
      const headers: Record<string, string> = {
        ETag: result.body.etagOf(coding),
        "Cache-Control": datasetCacheControl,
        Vary: "Accept-Encoding",
        "Content-Type": "application/json; charset=utf-8",
      };
      if (matchesEtag(request.ifNoneMatch ?? null, result.body)) return { status: 304, headers, body: null };
      if (coding !== "identity") headers["Content-Encoding"] = coding;
      return { status: 200, headers, body: await result.body.bytes(coding) };
    }
  }
}
