import { datasetResponse } from "@/lib/server/datasetResponse";

/** GET /api/datasets/<id> as a Web Response, through the same function the API route sends. */
export async function fetchOne(id: string, headers: Record<string, string> = {}): Promise<Response> {
  const h = new Headers(headers);
  const answer = await datasetResponse(id, { acceptEncoding: h.get("accept-encoding"), ifNoneMatch: h.get("if-none-match") });
  const body = answer.body ? new Uint8Array(answer.body.buffer as ArrayBuffer, answer.body.byteOffset, answer.body.length) : null;
  const response = new Response(body, { status: answer.status, headers: answer.headers });
  if (answer.body) response.headers.set("Content-Length", String(answer.body.length));
  return response;
}
