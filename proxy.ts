import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/server/csp";

/**
 * A fresh nonce and content security policy for every page request. Next reads the policy from the
 * request headers while rendering and puts the nonce on its own scripts; the response carries the policy
 * to the browser. API routes and static files are not HTML and skip this (see `config.matcher`).
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    pathname: request.nextUrl.pathname,
    embedOrigins: process.env.EMBED_ORIGINS,
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but the API, build assets and the icon; prefetches reuse the page's policy.
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
