// npm run bench -- --only history: the history store (issue 18 §5) on the synthetic province. After the
// first load (which records nothing: history starts there), N firms are edited one by one through the
// edit service (each edit recording its revision), then, side by side in one run:
// - "changes since" over those N edits: the facts list alone (the service, in this process) and the whole
//   GET /api/changes (which also runs the gap engine as of the start and now, for the consequences);
// - the city's matrix as of before the edits against the same matrix now, both right after a write (so
//   neither answers from a cache: the as-of read undoes the N edits inside its rolled-back transaction);
// - the store's size: revisions and the characters of their before/after JSON;
// - ordinary reads without a date (city matrix, a chain view, a node's detail), before any history and
//   again after the edits, and every firm re-imported with one field changed (historyReads.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateProvince, SIZES, syntheticGapConfig } from '../../seeds/synthetic';
import { factChanges } from '../../server/changes/facts';
import { updateNode } from '../../server/edit/nodes';
import { endLoad, machineInfo } from './machine';
import type { BenchOptions } from './options';
import { TOUCH } from './queries';
import { benchConsequences, type ConsequencesRun } from './historyConsequences';
import { compareReads, hideRevisions, reimportFirms, timeReads, type OrdinaryRead, type ReadComparison, type ReimportRun, type StoreSize } from './historyReads';
import { loadedDatabase, paired, startScopedApi } from './regionBench';
import { round, type Timing } from './stats';

const EDITS = 10_000;
const RUNS = 7;
const MAX_MS = 240_000;

export interface HistoryRun {
  startedAt: string;
  size: string;
  machine: ReturnType<typeof endLoad>;
  edits: { count: number; seconds: number; perEditMs: number };
  changesFacts: Timing;
  changesApi: Timing;
  /** The consequences computed in process, as before (three as-of transactions for the start) and now (one). */
  consequences: ConsequencesRun;
  matrixAsOf: Timing;
  matrixNow: Timing;
  /** As-of over now, medians, both after a write; target ≤ 2. */
  asOfRatio: number;
  store: StoreSize;
  /** Reads without a date after the edits over the same before any history (target ≤ 1.1). */
  reads: ReadComparison[];
  reimport: ReimportRun;
}

export async function benchHistoryOnly(options: BenchOptions, work: string, cleanups: (() => Promise<void> | void)[], log: (line: string) => void): Promise<HistoryRun> {
  const startedAt = new Date().toISOString();
  const { graph, manifest } = generateProvince({ ...SIZES[options.size], ...(options.seed === undefined ? {} : { seed: options.seed }) });
  const bench = await loadedDatabase(graph, options, work, log);
  // The re-import stops and starts the database to measure its folders: the one open at the end is closed.
  let current = bench;
  cleanups.push(() => current.close());
  const machine = await machineInfo(bench.db, bench.mode, bench.heap);
  const server = await startScopedApi(bench, syntheticGapConfig(manifest), options, work);
  cleanups.push(() => server.stop());
  const { db } = bench;
  const dataDir = bench.mode === 'embedded' && !process.env.BENCH_NEO4J_URI?.trim() ? path.join(work, 'neo4j') : null;
  const touch = async (): Promise<void> => {
    await db.write((tx) => tx.run(TOUCH));
  };
  const city = manifest.ids.cities[0] ?? manifest.ids.province;
  const firstFirm = String((graph.nodes.get('Enterprise') ?? [])[0]?.id ?? '');
  const reads: OrdinaryRead[] = [
    { key: 'matrix', title: 'City matrix / 城市矩阵', path: `/api/gaps/matrix?region=${city}` },
    { key: 'chain', title: 'Chain view / 产业链视图', path: `/api/industries/${manifest.ids.sampleIndustry}/chain` },
    { key: 'detail', title: 'Node detail / 节点详情', path: `/api/entities/${encodeURIComponent(firstFirm)}` },
    // Not a §1 read: the one that does read the store (facts without observedAt age from their last change).
    { key: 'freshness', title: 'Freshness of a city / 城市数据时效', path: `/api/freshness?region=${city}` },
  ];
  // A whole pass first, not kept: the fresh database's page cache and the server's plans warm up.
  await timeReads(server.baseUrl, reads, touch);
  const readsBefore = await timeReads(server.baseUrl, reads, touch);
  log(`history: reads without a date before any history: ${reads.map((r) => `${r.key} ${readsBefore.get(r.key)?.warm.medianMs} / ${readsBefore.get(r.key)?.afterWrite.medianMs} ms`).join(', ')}`);

  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const before = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const firms = (graph.nodes.get('Enterprise') ?? []).slice(0, EDITS).map((n) => String(n.id));
  const editStarted = performance.now();
  for (const [i, id] of firms.entries()) {
    await updateNode(db, id, { version: 1, changes: { descriptionZh: `基准编辑 ${i}` } }, 'bench');
    if ((i + 1) % 2_000 === 0) log(`  ${i + 1} edits`);
  }
  const editSeconds = (performance.now() - editStarted) / 1000;
  log(`history: ${firms.length} edits in ${round(editSeconds)} s`);

  const since = encodeURIComponent(before);
  const get = (url: string) => async (): Promise<number> => {
    const response = await fetch(server.baseUrl + url);
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    return (await response.text()).length;
  };
  const period = { sinceMs: Date.parse(before), untilMs: Date.now() };
  const [changesFacts, changesApi] = await paired(() => factChanges(db, period, null, 500), get(`/api/changes?since=${since}&limit=500`), { runs: 3, warmUps: 1, maxMs: MAX_MS });
  const consequences = await benchConsequences(db, manifest.ids.province, { date: before, atMs: period.sinceMs }, MAX_MS);
  log(`history: consequences as before ${consequences.separate.medianMs} ms, in one as-of transaction ${consequences.oneTransaction.medianMs} ms (×${consequences.ratio})`);
  const [matrixAsOf, matrixNow] = await paired(get(`/api/gaps/matrix?region=${city}&asOf=${since}`), get(`/api/gaps/matrix?region=${city}`), {
    runs: RUNS,
    warmUps: 1,
    before: touch,
    maxMs: MAX_MS,
  });
  const readsAfter = await timeReads(server.baseUrl, reads, touch);
  await hideRevisions(db, true);
  const readsHidden = await timeReads(server.baseUrl, reads, touch);
  await hideRevisions(db, false);
  // Visible again after the control: says whether a difference is the store or the order of the passes.
  const readsAgain = await timeReads(server.baseUrl, reads, touch);
  for (const r of reads) {
    log(`history: ${r.key} with the revisions visible again, warm ${readsAgain.get(r.key)?.warm.medianMs} ms, after a write ${readsAgain.get(r.key)?.afterWrite.medianMs} ms`);
  }
  const compared = compareReads(reads, readsBefore, readsAfter, readsHidden);
  for (const r of compared) {
    log(
      `history: ${r.key} without a date, warm ${r.before.warm.medianMs} → ${r.after.warm.medianMs} ms (×${r.warmRatio}; hidden ${r.hidden.warm.medianMs} ms, ×${r.warmRatioHidden}), ` +
        `after a write ${r.before.afterWrite.medianMs} → ${r.after.afterWrite.medianMs} ms (×${r.afterWriteRatio}; hidden ${r.hidden.afterWrite.medianMs} ms, ×${r.afterWriteRatioHidden})`,
    );
  }
  await server.stop();
  const reimport = await reimportFirms(bench, graph, {
    dir: path.join(work, 'reimport'),
    batchSize: options.batchSize,
    maxMs: 900_000,
    dataDir,
    onBench: (next) => {
      current = next;
    },
  });
  const store = reimport.before;
  log(
    `history: re-import of ${reimport.firms} firms in ${reimport.seconds} s (${reimport.complete ? 'whole' : 'incomplete'}): ${reimport.revisionsAdded} revisions, ` +
      `${reimport.jsonCharsAdded} characters added; store ${reimport.before.storeBytes} → ${reimport.after.storeBytes} bytes, logs ${reimport.before.txLogBytes} → ${reimport.after.txLogBytes} bytes`,
  );
  const run: HistoryRun = {
    startedAt,
    size: options.size,
    machine: endLoad(machine),
    edits: { count: firms.length, seconds: round(editSeconds), perEditMs: round((editSeconds * 1000) / Math.max(1, firms.length)) },
    changesFacts,
    changesApi,
    consequences,
    matrixAsOf,
    matrixNow,
    asOfRatio: round(matrixAsOf.medianMs / matrixNow.medianMs, 2),
    store,
    reads: compared,
    reimport,
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(run, null, 2)}\n`);
  log(
    `history: changes facts ${changesFacts.medianMs} ms, API ${changesApi.medianMs} ms; matrix as of ${matrixAsOf.medianMs} ms vs now ${matrixNow.medianMs} ms (×${run.asOfRatio}); ` +
      `${store.revisions} revisions, ${store.jsonChars} characters`,
  );
  return run;
}
