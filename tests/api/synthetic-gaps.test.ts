// The gap engine on the synthetic province at its tiny size: loaded the way `npm run bench` loads it, it
// finds exactly the gaps the generator planted, rule by rule. (The whole bench at that size, every step
// run once, is tests/api/bench-smoke.test.ts, run with INNOCHAIN_BENCH_SMOKE=1.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import { GAP_RULE_IDS } from '../../graph/model';
import { generateProvince, syntheticGapConfig, TINY } from '../../seeds/synthetic';
import { computeGaps } from '../../server/gaps/service';
import { loadBatched } from '../bench/loader';
import { openTestDatabase, wipeGraph } from '../helpers/graph';

describe('the gap engine on the tiny synthetic province', () => {
  const { graph, manifest } = generateProvince(TINY);
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase();
    await wipeGraph(db);
    const outcome = await loadBatched(db, graph, { batchSize: 2_000, maxMs: 120_000 });
    expect(outcome.complete).toBe(true);
  }, 180_000);

  afterAll(async () => {
    await wipeGraph(db);
    await db.close();
  });

  it('holds every generated node', async () => {
    const count = await db.read(async (tx) => (await tx.run('MATCH (n:Entity) RETURN count(n) AS n')).records[0]?.get('n') as number);
    expect(count).toBe(manifest.totalNodes);
  });

  it('finds exactly the gaps the generator planted, for every rule', async () => {
    const gaps = await computeGaps(db, {}, { config: syntheticGapConfig(manifest) });
    const found = Object.fromEntries(GAP_RULE_IDS.map((rule) => [rule, gaps.filter((g) => g.ruleId === rule).length]));
    for (const rule of GAP_RULE_IDS) expect(manifest.plantedGaps[rule], rule).toBeGreaterThan(0);
    expect(found).toEqual(manifest.plantedGaps);
  });
});
