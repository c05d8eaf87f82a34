import { chooseCoding, matchesEtag } from "@/lib/server/encodedBody";
import { loadDataset } from "@/lib/server/datasets";
import { datasetCacheControl, problemBody } from "@/lib/server/responses";

const jsonError = (status: number, body: object, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...extra } });

/**
 * GET /api/datasets/<id>: one validated dataset as bytes prepared once per file version, in the coding the
 * client accepts (brotli, gzip or none), with an ETag so clients and CDNs revalidate cheaply.
 */
export async function GET(request: Request, context: RouteContext<"/api/datasets/[id]">) {
  const { id } = await context.params;
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
      const coding = chooseCoding(request.headers.get("accept-encoding"));
      const headers: Record<string, string> = {
        ETag: result.body.etagOf(coding),
        "Cache-Control": datasetCacheControl,
        Vary: "Accept-Encoding",
        "Content-Type": "application/json; charset=utf-8",
      };
      if (matchesEtag(request.headers.get("if-none-match"), result.body)) return new Response(null, { status: 304, headers });
      if (coding !== "identity") headers["Content-Encoding"] = coding;
      const bytes = await result.body.bytes(coding);
      headers["Content-Length"] = String(bytes.length);
      return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length), { status: 200, headers });
    }
  }
}
