// Where users wait: each operation through the HTTP API and as the same Cypher from the driver, medians
// over repeated runs; the gap endpoints also right after a write (the first request after an edit);
// and the set-based gap queries against one query per industry.
import type { Database } from '../../graph/db/database';
import type { GapConfig } from '../../graph/model';
import type { Manifest } from '../../seeds/synthetic';
import { directQueries } from './direct';
import { getBody } from './http';
import { TOUCH } from './queries';
import { repeat, repeatPaired, round, type Timing } from './stats';

export interface OperationResult {
  key: string;
  title: string;
  path: string;
  /** Through the API, the server warm (repeated requests). */
  api: Timing;
  /** Through the API right after a write (for operations whose results may be kept until the data changes). */
  apiAfterWrite: Timing | null;
  /** The same Cypher from the driver. */
  driver: Timing | null;
  /** API time over driver time, for the same work (after a write where the API keeps results). */
  overhead: number | null;
  bytes: number;
}

export interface QueryBenchOptions {
  baseUrl: string;
  repeats: number;
  /** Time bound of each repeated measurement. */
  maxMs: number;
  /** Time bound of the one-query-per-industry pass. */
  perIndustryMaxMs: number;
  log: (line: string) => void;
}

/** Runs of each small read (neighbourhood, search) at every size but the tiny one's bound. */
const SMALL_READ_REPEATS = 31;

interface Operation {
  key: string;
  title: string;
  path: string;
  direct: (() => Promise<unknown>) | null;
  /** Measured again right after a write. */
  afterWrite: boolean;
}

export async function benchQueries(db: Database, config: GapConfig, manifest: Manifest, options: QueryBenchOptions): Promise<OperationResult[]> {
  const direct = directQueries(db, config);
  const { sampleIndustry, sampleLink } = manifest.ids;
  const operations: Operation[] = [
    { key: 'matrix', title: 'Province gap matrix / 全省六个一矩阵', path: '/api/gaps/matrix', direct: () => direct.matrix(), afterWrite: true },
    { key: 'summary', title: 'Province gap summary / 全省缺口概况', path: '/api/gaps/summary', direct: () => direct.summary(), afterWrite: true },
    {
      key: 'industryGaps',
      title: "One industry's gaps / 单个产业缺口",
      path: `/api/industries/${sampleIndustry}/gaps`,
      direct: () => direct.industryGaps(sampleIndustry),
      afterWrite: true,
    },
    {
      key: 'neighbourhood',
      title: 'Chain link neighbourhood, depth 1 / 环节邻域（1 跳）',
      path: `/api/graph/neighbourhood?id=${sampleLink}&depth=1&limit=300`,
      direct: () => direct.neighbourhood(sampleLink, 1, 300),
      afterWrite: false,
    },
    {
      key: 'neighbourhood2',
      title: 'Chain link neighbourhood, depth 2 / 环节邻域（2 跳）',
      path: `/api/graph/neighbourhood?id=${sampleLink}&depth=2&limit=300`,
      direct: () => direct.neighbourhood(sampleLink, 2, 300),
      afterWrite: false,
    },
    {
      key: 'search',
      title: `Search "${manifest.searchTerm}" / 检索`,
      path: `/api/search?q=${encodeURIComponent(manifest.searchTerm)}&limit=20`,
      direct: () => direct.search(manifest.searchTerm, 20),
      afterWrite: false,
    },
    {
      key: 'chainView',
      title: 'Chain view, aggregated / 产业链视图（聚合）',
      path: `/api/industries/${sampleIndustry}/chain`,
      direct: null,
      afterWrite: true,
    },
  ];
  const touch = async (): Promise<void> => {
    await db.write((tx) => tx.run(TOUCH));
  };
  const results: OperationResult[] = [];
  for (const op of operations) {
    const url = options.baseUrl + op.path;
    const bytes = (await getBody(url)).length;
    // API and driver in alternation, after three warm-up runs of each (JIT, query plans, caches). The
    // small reads (tens of ms, where the API's few fixed ms are judged) get more runs: their medians
    // moved by a quarter between runs of seven.
    const small = !op.afterWrite;
    const timing = { repeats: small ? Math.max(options.repeats, SMALL_READ_REPEATS) : options.repeats, maxMs: options.maxMs, warmUps: small ? 5 : 3 };
    const [api, driver] = op.direct
      ? await repeatPaired(() => getBody(url), op.direct, timing)
      : [await repeat(() => getBody(url), timing), null];
    const apiAfterWrite = op.afterWrite
      ? await repeat(() => getBody(url), { repeats: Math.min(options.repeats, 5), maxMs: options.maxMs, warmUps: 0, before: touch })
      : null;
    const apiSameWork = apiAfterWrite ?? api;
    const overhead = driver ? round(apiSameWork.medianMs / driver.medianMs, 2) : null;
    results.push({ key: op.key, title: op.title, path: op.path, api, apiAfterWrite, driver, overhead, bytes });
    options.log(
      `  ${op.key}: API ${api.medianMs} ms` +
        (apiAfterWrite ? `, after a write ${apiAfterWrite.medianMs} ms` : '') +
        (driver ? `, driver ${driver.medianMs} ms (×${overhead})` : ''),
    );
  }
  return results;
}

export interface SetBasedResult {
  industries: number;
  setBased: Timing;
  /** One pass over every industry (or as many as the time bound allowed), one query set each. */
  perIndustry: { industriesRun: number; ms: number; extrapolatedMs: number };
  /** Per-industry time (extrapolated to every industry) over the set-based time. */
  ratio: number;
}

export async function benchSetBased(db: Database, config: GapConfig, industryIds: readonly string[], options: QueryBenchOptions): Promise<SetBasedResult> {
  const direct = directQueries(db, config);
  const setBased = await repeat(() => direct.matrix(), { repeats: options.repeats, maxMs: options.maxMs });
  const started = performance.now();
  const pass = await direct.perIndustry(industryIds, started + options.perIndustryMaxMs);
  const ms = performance.now() - started;
  const extrapolatedMs = pass.industries > 0 ? (ms / pass.industries) * industryIds.length : Number.NaN;
  const ratio = round(extrapolatedMs / setBased.medianMs, 1);
  options.log(`  set-based ${setBased.medianMs} ms; one industry at a time ${round(extrapolatedMs)} ms for ${industryIds.length} (${pass.industries} run): ×${ratio}`);
  return { industries: industryIds.length, setBased, perIndustry: { industriesRun: pass.industries, ms: round(ms), extrapolatedMs: round(extrapolatedMs) }, ratio };
}
