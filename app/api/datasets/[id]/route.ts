import { loadDataset } from "@/lib/server/datasets";

const jsonError = (status: number, body: object) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** GET /api/datasets/<id>: one validated dataset, with an ETag so clients revalidate cheaply. */
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
    case "ok": {
      const headers = {
        ETag: result.etag,
        "Cache-Control": "public, max-age=0, must-revalidate",
        "Content-Type": "application/json; charset=utf-8",
      };
      if (request.headers.get("if-none-match") === result.etag) return new Response(null, { status: 304, headers });
      return new Response(result.json, { status: 200, headers });
    }
  }
}
