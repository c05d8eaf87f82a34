/**
 * Serves the production build with `next start` in its own process group, so stopping it also stops
 * next-server (killing only the launcher's pid would leave the server running).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** A running server. */
export interface Server {
  url: string;
  /** The server's process group (its launcher's pid): next start and the next-server it runs. */
  pgid: number;
  stop: () => Promise<void>;
  /** The last lines the server printed (for error messages). */
  log: () => string;
}

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts `next start` on 127.0.0.1:port and resolves once GET /api/datasets answers. */
export async function startServer(options: { root: string; distDir: string; port: number; datasetsDir: string }): Promise<Server> {
  const url = `http://127.0.0.1:${options.port}`;
  if (await reachable(`${url}/api/datasets`)) throw new Error(`something already answers on ${url}: stop it or pass --port`);
  const child = spawn(
    process.execPath,
    [path.join(options.root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(options.port)],
    {
      cwd: options.root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_DIST_DIR: options.distDir, DATASETS_DIR: options.datasetsDir, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    if (!(await exited(child, 5000))) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  };
  const log = () => lines.join("\n");

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log()}`);
    if (await reachable(`${url}/api/datasets`)) return { url, pgid: child.pid!, stop, log };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s:\n${log()}`);
}
