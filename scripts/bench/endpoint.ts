/** Throughput of the dataset endpoint on loopback, with autocannon's programmatic API. */
import autocannon from "autocannon";

/** What the endpoint sustained. */
export interface EndpointResult {
  url: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Runs autocannon against `url` (which must be on this machine). */
export async function measureEndpoint(url: string, connections: number, seconds: number): Promise<EndpointResult> {
  const { hostname } = new URL(url);
  // Load tests only ever target this machine.
  if (hostname !== "127.0.0.1" && hostname !== "localhost" && hostname !== "[::1]") throw new Error(`refusing to load-test ${hostname}`);
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    url,
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
