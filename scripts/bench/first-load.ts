/**
 * First-load JavaScript of `/`, gzipped: from Next's route-bundle-stats.json when the build wrote it, else
 * from the scripts Chromium requests when it loads `/` (gzipped from the build folder on disk).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

/** The figure and how it was obtained. */
export interface FirstLoadJs {
  method: "route-bundle-stats.json" | "scripts requested by / in Chromium";
  gzipBytes: number;
  rawBytes: number;
  files: number;
}

function gzipSize(file: string): { raw: number; gzip: number } {
  const content = readFileSync(file);
  return { raw: content.length, gzip: gzipSync(content).length };
}

interface RouteStats {
  route: string;
  firstLoadChunkPaths: string[];
}

/** From `<distDir>/diagnostics/route-bundle-stats.json`, or null when there is no such file or no `/` entry. */
export function firstLoadFromStats(root: string, distDir: string): FirstLoadJs | null {
  const file = path.join(root, distDir, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) return null;
  const routes = JSON.parse(readFileSync(file, "utf8")) as RouteStats[];
  const home = routes.find((r) => r.route === "/");
  if (!home) return null;
  let raw = 0;
  let gzip = 0;
  for (const chunk of home.firstLoadChunkPaths) {
    // Paths are relative to the project root and already start with the build folder.
    const size = gzipSize(path.join(root, chunk));
    raw += size.raw;
    gzip += size.gzip;
  }
  return { method: "route-bundle-stats.json", gzipBytes: gzip, rawBytes: raw, files: home.firstLoadChunkPaths.length };
}

/** Loads `/` and sums the gzipped size of every script it requests until the load event, read from disk. */
export async function firstLoadFromBrowser(browser: Browser, url: string, root: string, distDir: string): Promise<FirstLoadJs> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === "script" && pathname.startsWith("/_next/static/")) paths.add(pathname);
  });
  await page.goto(url, { waitUntil: "load" });
  await context.close();
  let raw = 0;
  let gzip = 0;
  for (const pathname of paths) {
    const file = path.join(root, distDir, decodeURIComponent(pathname.slice("/_next/".length)));
    if (!existsSync(file)) continue;
    const size = gzipSize(file);
    raw += size.raw;
    gzip += size.gzip;
  }
  return { method: "scripts requested by / in Chromium", gzipBytes: gzip, rawBytes: raw, files: paths.size };
}
