// npm run bench: a synthetic province in a throwaway Neo4j, measured where it matters: import, the gap
// engine and the read API (through HTTP and as raw Cypher), load, and chain views in Chromium. Writes
// bench/results.json and, for the province size, the generated section of BENCHMARKS.md.
// Cleans up after itself: the API child process, the embedded Neo4j and the temporary folders.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GapRuleId, GapSummary } from '../../graph/model';
import { generateProvince, SIZES, syntheticGapConfig, type SyntheticGraph } from '../../seeds/synthetic';
import { chromiumAvailable } from '../helpers/browser';
import { npmStartNodeOptions, startApiServer, type ApiServer } from './apiServer';
import { benchChainViews } from './browserBench';
import { benchBulkLoad } from './bulkBench';
import { benchChainViewOnly } from './chainViewOnly';
import { getJson } from './http';
import { compareSample, loadProvince, type ImportResults } from './importBench';
import { benchLoad } from './loadBench';
import { loadBatched } from './loader';
import { endLoad, machineInfo } from './machine';
import { openBenchDatabase, wipe, type BenchDatabase } from './neo4j';
import { parseOptions, type BenchOptions } from './options';
import { COUNT_GRAPH } from './queries';
import { benchQueries, benchSetBased } from './queryBench';
import { benchHistoryOnly } from './historyBench';
import { benchRegionsOnly } from './regionBench';
import { updateMarkdown, writeResults } from './report';
import type { BenchResults } from './results';
import { round } from './stats';
import { checkTargets } from './targets';

const ROOT = path.resolve(import.meta.dirname, '../..');
const log = (line: string): void => console.log(line);

/** Undone in reverse order however the run ends (error, Ctrl-C, SIGTERM). */
const cleanups: (() => Promise<void> | void)[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const undo of cleanups.reverse()) {
      try {
        await undo();
      } catch (error) {
        console.error('bench: clean-up step failed:', error);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`bench: ${signal}, cleaning up / 收到中断信号，正在清理`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main(options: BenchOptions): Promise<BenchResults> {
  const startedAt = new Date();
  const params = { ...SIZES[options.size], ...(options.seed === undefined ? {} : { seed: options.seed }) };
  log(`bench: synthetic province, size ${options.size} (seed ${params.seed}) / 基准测试开始`);
  const generated = performance.now();
  const { graph, manifest } = generateProvince(params);
  const generateMs = performance.now() - generated;
  log(`  generated ${manifest.totalNodes} nodes, ${manifest.totalRelationships} relationships in ${round(generateMs / 1000, 1)} s`);

  const work = mkdtempSync(path.join(os.tmpdir(), 'innochain-bench-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const bench: BenchDatabase = await openBenchDatabase({ heap: options.heap });
  cleanups.push(() => bench.close());
  if (bench.mode === 'external') await wipe(bench.db);
  const { db } = bench;
  const machine = await machineInfo(db, bench.mode, bench.heap);
  log(`  Neo4j ${machine.neo4j} (${bench.mode}); ${machine.cores} cores, ${machine.memoryGb} GB; load average ${machine.loadAverage.start}`);

  // The gap engine analyses the province as its "city" (seeds/synthetic/gapConfig.ts), here and in the API process.
  const config = syntheticGapConfig(manifest);
  const configFile = path.join(work, 'gaps.config.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  process.env.INNOCHAIN_GAPS_CONFIG = configFile;

  log(`import (${options.loader}):`);
  const importOptions = {
    dir: path.join(work, 'import'),
    batchSize: options.batchSize,
    sampleFirms: options.sampleFirms,
    repeats: options.sampleRepeats,
    fullMaxMs: options.fullLoadMaxMs,
    naiveMaxMs: options.naiveMaxMs,
    log,
  };
  const full = options.loader === 'importer' ? await loadProvince(db, graph, importOptions) : await loadWithUnwind(bench, graph, options);
  await checkLoaded(bench, manifest.totalNodes, manifest.totalRelationships);
  log(`  province: ${full.nodesPerSecond} nodes/s, ${full.relationshipsPerSecond} relationships/s (${full.seconds} s)`);
  const sample = await compareSample(db, manifest, importOptions);
  let bulk: ImportResults['bulk'] = { skipped: 'disabled with --no-bulk' };
  if (options.bulk) {
    log('first load through npm run bulk-load (offline importer, a new embedded database):');
    bulk = await benchBulkLoad(graph, { dir: work, heap: options.heap, log });
    log(`  ${bulk.nodes} nodes + ${bulk.relationships} relationships in ${bulk.seconds} s (${bulk.rowsPerSecond} rows/s; nodes ${bulk.nodesPerSecond ?? '?'}/s)`);
  }
  const importResults: ImportResults = {
    path: options.loader === 'importer' ? 'product importer (server/import), CSV per label and type' : 'dataset loader statements (UNWIND MERGE)',
    bulk,
    batchSize: options.batchSize,
    full,
    sample,
  };

  ensureClientBuilt();
  // As npm start runs it (its heap budget), unless the run asks for other options.
  const apiNodeOptions = options.apiNodeOptions ?? npmStartNodeOptions();
  const server: ApiServer = await startApiServer({
    BENCH_NEO4J_URI: bench.uri,
    BENCH_NEO4J_PASSWORD: bench.password,
    INNOCHAIN_GAPS_CONFIG: configFile,
    NODE_OPTIONS: apiNodeOptions,
  });
  cleanups.push(() => server.stop());
  const idleRssMb = server.memory()?.rssMb ?? null;
  log(`API under test at ${server.baseUrl} (pid ${server.pid}, ${apiNodeOptions}), ${idleRssMb ?? '?'} MB at start`);

  const summary = await getJson<GapSummary>(`${server.baseUrl}/api/gaps/summary`);
  const allFound = (Object.entries(manifest.plantedGaps) as [GapRuleId, number][]).every(([rule, n]) => summary.gapsByRule[rule] === n);
  log(`gaps: ${allFound ? 'every rule finds exactly the planted gaps / 各规则识别数与预置一致' : 'MISMATCH between planted and found gaps'}`);

  log('queries (API vs driver):');
  const queryOptions = { baseUrl: server.baseUrl, repeats: options.repeats, maxMs: options.maxMs, perIndustryMaxMs: options.perIndustryMaxMs, log };
  const queries = await benchQueries(db, config, manifest, queryOptions);
  const industryIds = (graph.nodes.get('Industry') ?? []).map((i) => i.id);
  const setBased = await benchSetBased(db, config, industryIds, queryOptions);

  const loadTargets = [
    { key: 'industryGaps', path: `/api/industries/${manifest.ids.sampleIndustry}/gaps`, connections: options.connections },
    { key: 'neighbourhood', path: `/api/graph/neighbourhood?id=${manifest.ids.sampleLink}&depth=1&limit=300`, connections: options.connections },
    { key: 'matrix', path: '/api/gaps/matrix', connections: Math.max(1, Math.floor(options.connections / 2)) },
  ];
  log(`load (${options.loadSeconds} s per endpoint):`);
  const load = await benchLoad(server, loadTargets, options.loadSeconds, log);

  let browser: BenchResults['browser'] = { skipped: 'disabled with --no-browser' };
  if (options.browser && chromiumAvailable()) {
    log('chain views in Chromium:');
    browser = await benchChainViews(server.baseUrl, manifest.ids.showcase, { repeats: options.browserRepeats, timeoutMs: options.browserTimeoutMs, log });
  } else if (options.browser) {
    browser = { skipped: 'no Chromium at /usr/bin/chromium' };
  }
  const lifetimePeak = server.memory()?.peakRssMb ?? null;
  const underLoad = load.map((l) => l.peakRssMb).filter((v): v is number => v !== null);
  await server.stop();

  // The same load on an API process with Node's defaults (no heap budget): what the budget saves. Under
  // load V8 keeps garbage it has no reason to collect yet, up to a limit set by the machine's memory.
  let loadWithoutHeapBudget: BenchResults['loadWithoutHeapBudget'] = null;
  if (!options.apiNodeOptions) {
    const unbudgeted = await startApiServer({
      BENCH_NEO4J_URI: bench.uri,
      BENCH_NEO4J_PASSWORD: bench.password,
      INNOCHAIN_GAPS_CONFIG: configFile,
      NODE_OPTIONS: '',
    });
    cleanups.push(() => unbudgeted.stop());
    log("load again with Node's default heap limit:");
    const results = await benchLoad(unbudgeted, loadTargets, options.loadSeconds, log);
    const peaks = results.map((l) => l.peakRssMb).filter((v): v is number => v !== null);
    loadWithoutHeapBudget = { results, peakRssMb: peaks.length > 0 ? Math.max(...peaks) : null };
    await unbudgeted.stop();
  }

  const industries = graph.nodes.get('Industry')?.length ?? 0;
  const partial: Omit<BenchResults, 'targets'> = {
    version: 1,
    size: options.size,
    startedAt: startedAt.toISOString(),
    durationSeconds: round((Date.now() - startedAt.getTime()) / 1000),
    machine: endLoad(machine),
    dataset: {
      seed: params.seed,
      nodes: manifest.totalNodes,
      relationships: manifest.totalRelationships,
      generateMs: round(generateMs),
      loader: options.loader,
      cities: params.cities,
      industries,
      firms: params.firms,
    },
    gaps: { planted: manifest.plantedGaps, found: summary.gapsByRule, allFound },
    import: importResults,
    queries,
    setBased,
    load,
    loadWithoutHeapBudget,
    memory: {
      idleRssMb,
      underLoadPeakRssMb: underLoad.length > 0 ? Math.max(...underLoad) : null,
      lifetimePeakRssMb: lifetimePeak,
      apiNodeOptions,
    },
    browser,
  };
  return { ...partial, targets: checkTargets(partial) };
}

async function loadWithUnwind(bench: BenchDatabase, graph: SyntheticGraph, options: BenchOptions): Promise<ImportResults['full']> {
  const started = performance.now();
  const outcome = await loadBatched(bench.db, graph, { batchSize: options.batchSize, maxMs: options.fullLoadMaxMs });
  const perSecond = (rows: number, ms: number) => (ms > 0 ? round(rows / (ms / 1000), 0) : 0);
  return {
    nodesPerSecond: perSecond(outcome.nodes, outcome.nodeMs),
    relationshipsPerSecond: perSecond(outcome.relationships, outcome.relationshipMs),
    rowsPerSecond: perSecond(outcome.nodes + outcome.relationships, outcome.nodeMs + outcome.relationshipMs),
    nodes: outcome.nodes,
    relationships: outcome.relationships,
    seconds: round((performance.now() - started) / 1000),
    complete: outcome.complete,
  };
}

/** The graph holds exactly what was generated: every measurement after this depends on it. */
async function checkLoaded(bench: BenchDatabase, nodes: number, relationships: number): Promise<void> {
  const counts = await bench.db.read(async (tx) => (await tx.run(COUNT_GRAPH)).records[0]);
  const found = { nodes: counts?.get('nodes') as number, relationships: counts?.get('relationships') as number };
  if (found.nodes !== nodes || found.relationships !== relationships) {
    throw new Error(`loaded ${found.nodes} nodes and ${found.relationships} relationships, generated ${nodes} and ${relationships}`);
  }
}

/** The API process serves dist/client; build it once if a fresh checkout has none. */
function ensureClientBuilt(): void {
  if (existsSync(path.join(ROOT, 'dist/client/index.html'))) return;
  log('building the client (vite) / 构建前端');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

const options = parseOptions(process.argv.slice(2));
try {
  if (options.only === 'chain-view') {
    const work = mkdtempSync(path.join(os.tmpdir(), 'innochain-bench-'));
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
    await benchChainViewOnly(options, work, cleanups, log);
    log(`results: ${options.out}`);
  } else if (options.only === 'history') {
    const work = mkdtempSync(path.join(os.tmpdir(), 'innochain-bench-'));
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
    await benchHistoryOnly(options, work, cleanups, log);
    log(`results: ${options.out}`);
  } else if (options.only === 'regions') {
    const work = mkdtempSync(path.join(os.tmpdir(), 'innochain-bench-'));
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
    await benchRegionsOnly(options, work, cleanups, log);
    log(`results: ${options.out}`);
  } else await fullRun(options);
} catch (error) {
  console.error('bench failed / 基准测试失败:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function fullRun(options: BenchOptions): Promise<void> {
  const results = await main(options);
  writeResults(options.out, results);
  log(`results: ${options.out}`);
  if (options.markdown) {
    updateMarkdown(options.markdown, results);
    log(`markdown: ${options.markdown}`);
  }
  for (const t of results.targets) log(`  ${t.met === null ? '–' : t.met ? 'met   ' : 'MISSED'}  ${t.titleEn}: ${t.measured} (target ${t.target})`);
  if (!results.gaps.allFound) process.exitCode = 2;
}
