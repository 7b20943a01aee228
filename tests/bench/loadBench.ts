// Throughput and latency under concurrent load (autocannon, loopback only, bounded in time), warm, with
// the API process's memory sampled from the kernel while it runs.
import autocannon from 'autocannon';
import type { ApiServer } from './apiServer';
import { getBody } from './http';
import { round } from './stats';

export interface LoadResult {
  key: string;
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  /** Highest resident memory of the API process seen while this load ran, in MB. */
  peakRssMb: number | null;
}

export interface LoadTarget {
  key: string;
  path: string;
  connections: number;
}

export async function benchLoad(server: ApiServer, targets: readonly LoadTarget[], seconds: number, log: (line: string) => void): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const target of targets) {
    // Steady state: the first request (which may compute what later ones reuse) is not part of the load.
    await getBody(server.baseUrl + target.path);
    let peak = 0;
    const sample = () => {
      peak = Math.max(peak, server.memory()?.rssMb ?? 0);
    };
    const sampler = setInterval(sample, 100);
    let result: autocannon.Result;
    try {
      result = await autocannon({
        url: server.baseUrl + target.path,
        connections: target.connections,
        duration: seconds,
        timeout: 60,
      });
    } finally {
      clearInterval(sampler);
      sample();
    }
    const entry: LoadResult = {
      key: target.key,
      path: target.path,
      connections: target.connections,
      seconds: round(result.duration),
      requests: result.requests.total,
      requestsPerSecond: round(result.requests.total / Math.max(result.duration, 0.001)),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      non2xx: result.non2xx,
      peakRssMb: peak > 0 ? peak : null,
    };
    results.push(entry);
    log(`  ${target.key}: ${entry.requestsPerSecond} req/s, p50 ${entry.latencyMs.p50} ms, p99 ${entry.latencyMs.p99} ms, ` +
      `${entry.errors} errors, ${entry.non2xx} non-2xx, RSS ≤ ${entry.peakRssMb ?? '?'} MB`);
  }
  return results;
}
