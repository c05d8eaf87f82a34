/**
 * The content security policy of every HTML response. Scripts run only with this request's nonce (Next
 * adds it to its own scripts when it finds the policy on the request) or when a nonced script loads them
 * ('strict-dynamic': the lazily loaded chunks); never inline without it, never from another origin.
 * Server-only.
 */

/** Where a page may be framed: `/embed` by EMBED_ORIGINS (any origin when unset), everything else by this site. */
export function frameAncestors(pathname: string, embedOrigins: string | undefined): string {
  if (!isEmbedPath(pathname)) return "'self'";
  const origins = (embedOrigins ?? "").split(/\s+/).filter(isOriginSource);
  return origins.length ? origins.join(" ") : "*";
}

/** Whether a path is the embeddable view (`/embed` and anything under it). */
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

// Only scheme://host[:port] (or `*`) may reach the header: a stray `;` or quote in the variable must not
// add a directive of its own.
function isOriginSource(value: string): boolean {
  return value === "*" || /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(value);
}

/** The policy for one response, given its nonce. */
export function contentSecurityPolicy(options: { nonce: string; pathname: string; embedOrigins?: string; dev?: boolean }): string {
  const { nonce, dev } = options;
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style elements need the nonce; style attributes (React's style prop: positions, widths) cannot carry one.
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    // Exports draw to blob: and data: URLs; nothing else is an image source.
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The layout, metrics and drawing workers are same-origin scripts; blob: for bundlers
    // that start workers from a generated bootstrap.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors(options.pathname, options.embedOrigins)}`,
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
