/** Builds the production app into the bench's own folder when it is missing or older than the sources. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "package.json", "package-lock.json"];

/** The newest source file and its modification time (ms). */
function newestSource(root: string): { file: string; mtime: number } {
  let newest = { file: "", mtime: 0 };
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    const info = statSync(target);
    if (info.isDirectory()) {
      for (const name of readdirSync(target)) visit(path.join(target, name));
    } else if (info.mtimeMs > newest.mtime) {
      newest = { file: path.relative(root, target), mtime: info.mtimeMs };
    }
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return newest;
}

/** Why a build is needed, or null when the build is up to date. */
export function buildReason(root: string, distDir: string): string | null {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return `${distDir}/BUILD_ID is missing`;
  const built = statSync(buildId).mtimeMs;
  const newest = newestSource(root);
  return newest.mtime > built ? `${newest.file} is newer than the build` : null;
}

/** Runs `next build` into distDir (output shown), throwing when it fails. Returns how long it took. */
export function build(root: string, distDir: string): number {
  const started = performance.now();
  // next build adds the build folder's type paths to tsconfig.json: put the file back as it was.
  const tsconfig = path.join(root, "tsconfig.json");
  const before = existsSync(tsconfig) ? readFileSync(tsconfig, "utf8") : null;
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (before !== null && readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  return performance.now() - started;
}
