// npm run bench -- --only regions: the region-scoped reads of issue 17 on the synthetic province (13
// cities sharing one set of industries). Warm, through the API and as the same engine call in this
// process (driver), side by side: one city's 六个一 matrix (GET /api/gaps/matrix?region=) and every
// city compared on one industry (GET /api/compare?regions=…&industry=); each also right after a write,
// when the engine's fact cache is spent and both do the whole work. The province is first-loaded with
// npm run bulk-load's service into a throwaway embedded Neo4j (the quickest load; the importer's figures
// are the full bench's); with BENCH_NEO4J_URI, into that database with the dataset loader's statements.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Database } from '../../graph/db/database';
import { startEmbeddedNeo4j } from '../../graph/db/embedded';
import { generateProvince, SIZES, syntheticCity, syntheticGapConfig, type SyntheticGraph } from '../../seeds/synthetic';
import { bulkLoad } from '../../server/bulk';
import { compareRegions } from '../../server/compare/service';
import { computeMatrix } from '../../server/gaps/service';
import { npmStartNodeOptions, startApiServer, type ApiServer } from './apiServer';
import type { GapConfig } from '../../graph/model';
import { writeTemplateFolder } from './importer';
import { loadBatched } from './loader';
import { endLoad, machineInfo, type MachineInfo } from './machine';
import { openBenchDatabase, wipe, type BenchDatabase } from './neo4j';
import type { BenchOptions } from './options';
import { TOUCH } from './queries';
import { round, summarise, type Timing } from './stats';

/** Warm runs per side: enough for a p95 that is not the maximum of a handful. */
const WARM_RUNS = 41;
const AFTER_WRITE_RUNS = 7;
/** Times a first request that timed out is asked again before the operation is reported as not measured. */
const PROBE_RETRIES = 3;
/** Bound of the after-a-write runs (each does the whole work at province size). */
const AFTER_WRITE_MAX_MS = 240_000;

export interface RegionOperation {
  key: string;
  title: string;
  path: string;
  /** Target of the warm API median, in ms (issue 17 §5). */
  targetMs: number;
  /** Null when the endpoint did not answer 200 (not built yet, or still timing out): the reason. */
  skipped: string | null;
  /** First requests that timed out (504) before one answered. */
  coldTimeouts: number;
  api: Timing | null;
  driver: Timing | null;
  /** API median over driver median, warm; target ≤ 1.25. */
  ratio: number | null;
  apiAfterWrite: Timing | null;
  driverAfterWrite: Timing | null;
  ratioAfterWrite: number | null;
  bytes: number | null;
}

export interface RegionRun {
  startedAt: string;
  size: string;
  machine: MachineInfo;
  dataset: { nodes: number; relationships: number; cities: number; industries: number; firms: number; loadSeconds: number };
  operations: RegionOperation[];
}

export async function benchRegionsOnly(
  options: BenchOptions,
  work: string,
  cleanups: (() => Promise<void> | void)[],
  log: (line: string) => void,
): Promise<RegionRun> {
  const startedAt = new Date().toISOString();
  const params = { ...SIZES[options.size], ...(options.seed === undefined ? {} : { seed: options.seed }) };
  const { graph, manifest } = generateProvince(params);
  log(`regions: synthetic ${options.size}, ${manifest.totalNodes} nodes, ${manifest.totalRelationships} relationships (seed ${params.seed})`);

  const loadStarted = performance.now();
  const bench = await loadedDatabase(graph, options, work, log);
  cleanups.push(() => bench.close());
  const loadSeconds = round((performance.now() - loadStarted) / 1000);
  const machine = await machineInfo(bench.db, bench.mode, bench.heap);
  log(`  loaded in ${loadSeconds} s; Neo4j ${machine.neo4j} (${bench.mode}); ${machine.cores} cores; load average ${machine.loadAverage.start}`);

  const config = syntheticGapConfig(manifest);
  const server = await startScopedApi(bench, config, options, work);
  cleanups.push(() => server.stop());

  const { db } = bench;
  const cities = manifest.ids.cities;
  // The biggest city (most firms) is the worst case for a city's matrix.
  const city = [...cities].sort((a, b) => weightOf(b) - weightOf(a))[0] ?? cities[0] ?? manifest.ids.province;
  const industry = manifest.ids.compareIndustry;
  const touch = async (): Promise<void> => {
    await db.write((tx) => tx.run(TOUCH));
  };
  const operations = [
    await measure(
      {
        key: 'cityMatrix',
        title: `One city's 六个一 matrix (${city}) / 单个城市六个一矩阵`,
        path: `/api/gaps/matrix?region=${city}`,
        targetMs: 100,
        direct: () => computeMatrix(db, {}, { regionId: city, config }),
      },
      server.baseUrl,
      touch,
      log,
    ),
    await measure(
      {
        key: 'compareCities',
        title: `${cities.length} cities compared on one industry (${industry}) / ${cities.length} 个城市单产业比较`,
        path: `/api/compare?regions=${cities.join(',')}&industry=${industry}`,
        targetMs: 500,
        direct: () => compareRegions(db, { regions: cities, industry }),
      },
      server.baseUrl,
      touch,
      log,
    ),
  ];
  await server.stop();

  const run: RegionRun = {
    startedAt,
    size: options.size,
    machine: endLoad(machine),
    dataset: {
      nodes: manifest.totalNodes,
      relationships: manifest.totalRelationships,
      cities: cities.length,
      industries: graph.nodes.get('Industry')?.length ?? 0,
      firms: params.firms,
      loadSeconds,
    },
    operations,
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(run, null, 2)}\n`);
  log(regionMarkdownTable(run));
  return run;
}

/**
 * The API in its own process on the bench database, with the synthetic gap configuration written to
 * `work` and put in force in this process too (the engine calls of the driver side read it, as the API does).
 */
export async function startScopedApi(bench: BenchDatabase, config: GapConfig, options: BenchOptions, work: string): Promise<ApiServer> {
  const configFile = path.join(work, 'gaps.config.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  process.env.INNOCHAIN_GAPS_CONFIG = configFile;
  return startApiServer({
    BENCH_NEO4J_URI: bench.uri,
    BENCH_NEO4J_PASSWORD: bench.password,
    INNOCHAIN_GAPS_CONFIG: configFile,
    NODE_OPTIONS: options.apiNodeOptions ?? npmStartNodeOptions(),
  });
}

/** The province in a database: bulk-loaded into a new embedded store, or loaded into the external one. */
export async function loadedDatabase(graph: SyntheticGraph, options: BenchOptions, work: string, log: (line: string) => void): Promise<BenchDatabase> {
  if (process.env.BENCH_NEO4J_URI?.trim()) {
    const bench = await openBenchDatabase({ heap: options.heap });
    await wipe(bench.db);
    const loaded = await loadBatched(bench.db, graph, { batchSize: options.batchSize, maxMs: options.fullLoadMaxMs });
    if (!loaded.complete) throw new Error('the province did not load in time');
    return bench;
  }
  const dataDir = path.join(work, 'neo4j');
  const files = path.join(work, 'files');
  await writeTemplateFolder(graph, files);
  const config = { mode: 'embedded' as const, dataDir, port: 0, password: undefined, heap: options.heap };
  const result = await bulkLoad({ config, folder: files, username: 'bench', log: (line) => log(`  ${line}`) });
  if (result.status !== 'done') throw new Error(`bulk load rejected: ${JSON.stringify(result.errors.slice(0, 3))}`);
  const embedded = await startEmbeddedNeo4j(config);
  const db = await Database.open({ mode: 'external', uri: embedded.uri, user: 'neo4j', password: embedded.password, database: undefined });
  const close = async (): Promise<void> => {
    await db.close();
    await embedded.stop();
  };
  return { db, uri: embedded.uri, password: embedded.password, mode: 'embedded', heap: options.heap, close };
}

const weightOf = (id: string): number => syntheticCity(Number(id.slice('syn-c'.length))).firmWeight;

interface Operation {
  key: string;
  title: string;
  path: string;
  targetMs: number;
  direct: () => Promise<unknown>;
}

async function measure(op: Operation, baseUrl: string, touch: () => Promise<void>, log: (line: string) => void): Promise<RegionOperation> {
  const url = baseUrl + op.path;
  const api = async (): Promise<number> => (await (await fetch(url)).text()).length;
  // The first request plans every query and reads everything: on a loaded machine at province size it can
  // outlast the transaction timeout (504). Plans stay compiled, so it is asked again, a bounded number of times.
  let probe = await fetch(url);
  let body = await probe.text();
  let coldTimeouts = 0;
  while (probe.status === 504 && coldTimeouts < PROBE_RETRIES) {
    coldTimeouts++;
    log(`  ${op.key}: the first request timed out (504), asking again (${coldTimeouts}/${PROBE_RETRIES})`);
    probe = await fetch(url);
    body = await probe.text();
  }
  const base = { key: op.key, title: op.title, path: op.path, targetMs: op.targetMs, coldTimeouts };
  if (!probe.ok) {
    const skipped = `GET ${op.path} answered ${probe.status}: ${body.slice(0, 200)}`;
    log(`  ${op.key}: skipped, ${skipped}`);
    const none = { api: null, driver: null, ratio: null, apiAfterWrite: null, driverAfterWrite: null, ratioAfterWrite: null, bytes: null };
    return { ...base, skipped, ...none };
  }
  // Warm: three unmeasured runs of each, then API and driver in alternation (the same load on both).
  const [apiWarm, driverWarm] = await paired(api, op.direct, { runs: WARM_RUNS, warmUps: 3 });
  // After a write: the engine's cached facts are stale, so each call reads the graph again.
  const [apiAfter, driverAfter] = await paired(api, op.direct, { runs: AFTER_WRITE_RUNS, warmUps: 0, before: touch, maxMs: AFTER_WRITE_MAX_MS });
  const ratio = round(apiWarm.medianMs / driverWarm.medianMs, 2);
  const ratioAfterWrite = round(apiAfter.medianMs / driverAfter.medianMs, 2);
  log(
    `  ${op.key}: warm API ${apiWarm.medianMs} ms (p95 ${apiWarm.p95Ms}), driver ${driverWarm.medianMs} ms (p95 ${driverWarm.p95Ms}), ×${ratio};` +
      ` after a write API ${apiAfter.medianMs} ms, driver ${driverAfter.medianMs} ms, ×${ratioAfterWrite}`,
  );
  return { ...base, skipped: null, api: apiWarm, driver: driverWarm, ratio, apiAfterWrite: apiAfter, driverAfterWrite: driverAfter, ratioAfterWrite, bytes: body.length };
}

/** a and b in alternation, each after `before` when given, timed separately; past maxMs, three measured runs suffice. */
export async function paired(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  options: { runs: number; warmUps: number; before?: () => Promise<void>; maxMs?: number },
): Promise<[Timing, Timing]> {
  const first: [number | null, number | null] = [null, null];
  const samples: [number[], number[]] = [[], []];
  const started = performance.now();
  for (let n = 0; n < options.warmUps + options.runs; n++) {
    if (options.maxMs !== undefined && samples[0].length >= 3 && performance.now() - started > options.maxMs) break;
    for (const [side, work] of [a, b].entries()) {
      await options.before?.();
      const t = performance.now();
      await work();
      const ms = performance.now() - t;
      if (n < options.warmUps) first[side] ??= ms;
      else samples[side]?.push(ms);
    }
  }
  return [summarise(samples[0], first[0]), summarise(samples[1], first[1])];
}

/** The figures as BENCHMARKS.md shows them. */
export function regionMarkdownTable(run: RegionRun): string {
  const t = (timing: Timing | null): string => (timing ? `${timing.medianMs} / ${timing.p95Ms}` : '–');
  const rows = run.operations.map((op) =>
    op.skipped
      ? `| ${op.title} | \`${op.path.split('?')[0]}\` | not measured: ${op.skipped.replace(/\|/g, '/')} | | | | | |`
      : `| ${op.title}${op.coldTimeouts > 0 ? ` (first request timed out ${op.coldTimeouts}×)` : ''} | ≤ ${op.targetMs} ms | ${t(op.api)} | ${t(op.driver)} | **${op.ratio}×** | ${t(op.apiAfterWrite)} | ${t(op.driverAfterWrite)} | ${op.ratioAfterWrite}× |`,
  );
  return [
    '| Operation / 操作 | Target (API, warm) | API warm, median / p95 ms | Driver warm | API ÷ driver | API after a write | Driver after a write | API ÷ driver |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
