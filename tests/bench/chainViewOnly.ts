// npm run bench -- --only chain-view: the chain view against bare Cytoscape (chainCompare.ts) without the
// province. A small synthetic province whose first city has two chains of about 2,000 and 5,000 elements
// (eight links, as at province size), loaded into a throwaway Neo4j; the client built from the current
// sources into a temporary folder; the API in its own process. A few minutes on 2 cores.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateProvince, syntheticGapConfig, TINY } from '../../seeds/synthetic';
import { chromiumAvailable } from '../helpers/browser';
import { startApiServer } from './apiServer';
import { benchChainCompare, type ChainCompareResult } from './chainCompare';
import { loadBatched } from './loader';
import { endLoad, machineInfo, type MachineInfo } from './machine';
import { openBenchDatabase } from './neo4j';
import type { BenchOptions } from './options';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ChainViewRun {
  startedAt: string;
  machine: MachineInfo;
  results: ChainCompareResult[];
}

export async function benchChainViewOnly(
  options: BenchOptions,
  work: string,
  cleanups: (() => Promise<void> | void)[],
  log: (line: string) => void,
): Promise<ChainViewRun> {
  if (!chromiumAvailable()) throw new Error('--only chain-view needs Chromium at /usr/bin/chromium');
  const startedAt = new Date().toISOString();
  const params = { ...TINY, linksPerIndustry: 8, firms: 5_000, showcaseElements: [2_000, 5_000], ...(options.seed === undefined ? {} : { seed: options.seed }) };
  const { graph, manifest } = generateProvince(params);
  log(`chain view vs bare Cytoscape: ${manifest.totalNodes} nodes, ${manifest.totalRelationships} relationships (seed ${params.seed})`);

  const clientDir = path.join(work, 'client');
  log('  building the client from the current sources / 构建前端');
  const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', clientDir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('vite build failed');

  const bench = await openBenchDatabase({ heap: '1g' });
  cleanups.push(() => bench.close());
  const machine = await machineInfo(bench.db, bench.mode, bench.heap);
  const loaded = await loadBatched(bench.db, graph, { batchSize: options.batchSize, maxMs: options.fullLoadMaxMs });
  if (!loaded.complete) throw new Error('the chain-view dataset did not load in time');
  const configFile = path.join(work, 'gaps.config.json');
  writeFileSync(configFile, JSON.stringify(syntheticGapConfig(manifest), null, 2));
  const server = await startApiServer({
    BENCH_NEO4J_URI: bench.uri,
    BENCH_NEO4J_PASSWORD: bench.password,
    INNOCHAIN_GAPS_CONFIG: configFile,
    BENCH_CLIENT_DIR: clientDir,
  });
  cleanups.push(() => server.stop());

  const results = await benchChainCompare(server.baseUrl, manifest.ids.showcase, { repeats: options.repeats, timeoutMs: options.browserTimeoutMs, log });
  const run: ChainViewRun = {
    startedAt,
    machine: endLoad(machine),
    results,
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(run, null, 2)}\n`);
  log(markdownTable(results));
  return run;
}

/** The figures as BENCHMARKS.md shows them. */
export function markdownTable(results: readonly ChainCompareResult[]): string {
  const rows = results.map((r) => {
    const cell = (key: 'firstRender' | 'pan' | 'zoom' | 'select') => `${r.explorer[key]} / ${r.bare[key]}, **${r.ratio[key]}×**`;
    return `| \`${r.industryId}\` | ${r.elements.toLocaleString('en')} | ${r.runs} | ${cell('firstRender')} | ${r.explorer.beforeBuild} · ${r.explorer.build} · ${r.explorer.fit} · ${r.explorer.frame} | ${cell('pan')} | ${cell('zoom')} | ${cell('select')} | ${r.explorer.panel} |`;
  });
  return [
    '| Industry | Elements | Runs | First render (explorer / bare, ratio) | Explorer: before build · build · fit · first frame | Pan | Zoom | Select | Explorer: panel |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
