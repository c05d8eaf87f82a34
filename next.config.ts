import type { NextConfig } from "next";

/** Security headers sent on every route (pages, assets and API). The CSP is per request: see proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

const nextConfig: NextConfig = {
  // A separate build folder lets a benchmark or a second checkout build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Source maps for the browser only when profiling (NEXT_SOURCE_MAPS=1): they name the functions in a CPU profile.
  productionBrowserSourceMaps: process.env.NEXT_SOURCE_MAPS === "1",
  reactStrictMode: true,
  // Pages are gzipped by Next. The dataset endpoint sends bytes it compressed once per version, with
  // Content-Encoding set and Cache-Control no-transform, both of which make Next's compression pass them by.
  compress: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // `/embed` is meant to be framed by other sites (its frame-ancestors come from EMBED_ORIGINS, in the
      // CSP); X-Frame-Options would forbid that outright, so every other path gets it and /embed does not.
      { source: "/:path((?!embed(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
    ];
  },
};

export default nextConfig;
