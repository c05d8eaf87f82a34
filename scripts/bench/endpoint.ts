/** Throughput of the dataset endpoint (and the page) on loopback, with autocannon's programmatic API. */
import autocannon from "autocannon";
import { groupCpuSeconds } from "./soak";

/** What one target sustained. */
export interface EndpointResult {
  /** What was measured: "api", "api gzip", "page /". */
  label: string;
  url: string;
  headers: Record<string, string>;
  /** Whether the figures are held to issue 14's targets (the API is; the page is reported only). */
  targeted: boolean;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /**
   * Server CPU time per request (user + system, ms), when the server's process group is known: on a
   * machine shared with other work, throughput mostly measures the neighbours, this measures our cost.
   */
  serverCpuMsPerRequest: number | null;
}

/** Load tests only ever target this machine. */
export function assertLoopback(url: string) {
  const { hostname } = new URL(url);
  if (hostname !== "127.0.0.1" && hostname !== "localhost" && hostname !== "[::1]") throw new Error(`refusing to load-test ${hostname}`);
}

/** Runs autocannon against `url` (which must be on this machine). */
export async function measureEndpoint(
  target: { label: string; url: string; headers?: Record<string, string>; targeted: boolean },
  connections: number,
  seconds: number,
  serverPgid?: number,
): Promise<EndpointResult> {
  assertLoopback(target.url);
  const headers = target.headers ?? {};
  const cpuBefore = serverPgid === undefined ? null : groupCpuSeconds(serverPgid);
  const result = await autocannon({ url: target.url, connections, duration: seconds, headers });
  const cpu = serverPgid === undefined || cpuBefore === null ? null : groupCpuSeconds(serverPgid) - cpuBefore;
  return {
    label: target.label,
    url: target.url,
    headers,
    targeted: target.targeted,
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverCpuMsPerRequest: cpu === null || result.requests.total === 0 ? null : Math.round((cpu * 1000 * 100) / result.requests.total) / 100,
  };
}
