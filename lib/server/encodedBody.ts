/**
 * A response body prepared once per dataset version: the JSON bytes plus their gzip and brotli forms, so a
 * request costs a header lookup and a buffer write instead of serialising and compressing 100+ kB each time.
 * Compression runs in libuv's thread pool (zlib's async API) and starts when the version is first loaded;
 * requests that arrive meanwhile wait for the same promise. Server-only.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** A content coding the endpoint can send. */
export type Coding = "br" | "gzip" | "identity";

/** One dataset version's bytes in every coding, and the ETag of each. */
export interface EncodedBody {
  /** The ETag of the identity bytes; the compressed forms append `-br` / `-gz` inside the quotes. */
  etag: string;
  /** Bytes of the uncompressed JSON. */
  size: number;
  bytes(coding: Coding): Promise<Buffer>;
  etagOf(coding: Coding): string;
}

/**
 * Brotli's best quality takes seconds per megabyte: fine for the bundled 170 kB file, built once, but a
 * 50 MB dataset would keep a thread-pool thread busy for minutes. Larger bodies get a faster setting.
 */
function brotliQuality(size: number): number {
  if (size <= 1_000_000) return constants.BROTLI_MAX_QUALITY;
  if (size <= 10_000_000) return 6;
  return 4;
}

/** Prepares the JSON text's bytes, starting both compressions at once. */
export function encodeBody(json: string): EncodedBody {
  const identity = Buffer.from(json, "utf8");
  const hash = createHash("sha1").update(identity).digest("base64url");
  const etagOf = (coding: Coding) => (coding === "identity" ? `"${hash}"` : `"${hash}-${coding === "br" ? "br" : "gz"}"`);
  const forms: Record<Coding, Promise<Buffer>> = {
    identity: Promise.resolve(identity),
    gzip: gzipAsync(identity, { level: identity.length <= 1_000_000 ? 9 : 6 }),
    br: brotliAsync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(identity.length),
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  };
  // A compression failure (out of memory) must not become an unhandled rejection; the request that asks
  // for that coding will see the error.
  forms.gzip.catch(() => undefined);
  forms.br.catch(() => undefined);
  return { etag: etagOf("identity"), size: identity.length, bytes: (coding) => forms[coding], etagOf };
}

/** Quality values per coding from an Accept-Encoding header (`*` included); absent header: identity only. */
function qualities(header: string | null): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
    result.set(name.trim(), q ? Number(q[1]) : 1);
  }
  return result;
}

/** The coding to send for an Accept-Encoding header: brotli, then gzip, then plain JSON. */
export function chooseCoding(header: string | null): Coding {
  const q = qualities(header);
  const accepted = (coding: string) => (q.get(coding) ?? q.get("*") ?? 0) > 0;
  if (accepted("br")) return "br";
  if (accepted("gzip") || (q.get("x-gzip") ?? 0) > 0) return "gzip";
  return "identity";
}

/** Whether an If-None-Match header names any coding's ETag of this body (or `*`). */
export function matchesEtag(header: string | null, body: EncodedBody): boolean {
  if (!header) return false;
  const known = new Set<string>([body.etagOf("identity"), body.etagOf("gzip"), body.etagOf("br")]);
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    // Weak comparison (RFC 9110 13.1.2): a CDN may have weakened our ETag with W/ when it re-encoded.
    return trimmed === "*" || known.has(trimmed.replace(/^W\//, ""));
  });
}
