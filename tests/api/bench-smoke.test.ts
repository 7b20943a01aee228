// `npm run bench` still works: the bench at its tiny size against the test database (it wipes it),
// every step run once, never timed. A minute of CI time, so it runs only with INNOCHAIN_BENCH_SMOKE=1
// (README, "Which test for which change"): run it whenever tests/bench changes. The gap engine's half of it,
// the planted gaps found on the tiny province, runs in every suite (tests/api/synthetic-gaps.test.ts).
// Here the gap engine must find exactly the planted gaps as the bench reports them and, counted again, straight
// from the engine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import { GAP_RULE_IDS } from '../../graph/model';
import { generateProvince, syntheticGapConfig, TINY } from '../../seeds/synthetic';
import { computeGaps } from '../../server/gaps/service';
import { ResultsCheck } from '../bench/results';
import { openTestDatabase, testNeo4j } from '../helpers/graph';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BENCH_TIMEOUT_MS = 360_000;

function runBench(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/bench/run.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGTERM'), BENCH_TIMEOUT_MS - 20_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe.skipIf(process.env.INNOCHAIN_BENCH_SMOKE !== '1')('npm run bench at the tiny size', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'innochain-bench-smoke-'));
  const out = path.join(dir, 'results.json');
  const { manifest } = generateProvince(TINY);
  let db: Database;
  let run: { code: number | null; output: string };

  beforeAll(async () => {
    const { uri, password } = testNeo4j();
    // Without the bulk load and the browser (CI time): tests/api/bulk-load.test.ts covers npm run bulk-load,
    // tests/browser/chain-perf.test.ts the large chain view in Chromium.
    run = await runBench(['--size', 'tiny', '--out', out, '--no-markdown', '--no-bulk', '--no-browser'], { BENCH_NEO4J_URI: uri, BENCH_NEO4J_PASSWORD: password });
    db = await openTestDatabase();
  }, BENCH_TIMEOUT_MS);

  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every step and writes its results', () => {
    expect(run.code, run.output.slice(-3000)).toBe(0);
    const results = ResultsCheck.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(results.size).toBe('tiny');
    expect(results.dataset).toEqual({ nodes: manifest.totalNodes, relationships: manifest.totalRelationships });
    expect(results.import.full).toMatchObject({ nodes: manifest.totalNodes, complete: true });
    expect(results.queries.map((q) => q.key)).toEqual(
      expect.arrayContaining(['matrix', 'summary', 'industryGaps', 'neighbourhood', 'search', 'chainView']),
    );
    for (const q of results.queries) expect(q.api.medianMs, q.key).toBeGreaterThan(0);
    for (const l of results.load) {
      expect(l.requests, l.key).toBeGreaterThan(0);
      expect(l.errors + l.non2xx, l.key).toBe(0);
    }
    expect(results.targets.length).toBeGreaterThan(5);
  });

  it('reports that every rule found exactly the gaps the generator planted', () => {
    const results = ResultsCheck.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(results.gaps.planted).toEqual(manifest.plantedGaps);
    for (const rule of GAP_RULE_IDS) {
      expect(manifest.plantedGaps[rule], rule).toBeGreaterThan(0);
      expect(results.gaps.found[rule], rule).toBe(manifest.plantedGaps[rule]);
    }
    expect(results.gaps.allFound).toBe(true);
  });

  it('left the province in the database, where the engine finds the planted gaps again', async () => {
    const gaps = await computeGaps(db, {}, { config: syntheticGapConfig(manifest) });
    const found = Object.fromEntries(GAP_RULE_IDS.map((rule) => [rule, gaps.filter((g) => g.ruleId === rule).length]));
    expect(found).toEqual(manifest.plantedGaps);
    const count = await db.read(async (tx) => (await tx.run('MATCH (n:Entity) RETURN count(n) AS n')).records[0]?.get('n') as number);
    expect(count).toBe(manifest.totalNodes);
  });
});
