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

  it('gives chain-link candidates the industry\'s relatedness to a county\'s strengths: one density per industry', async () => {
    // A county: its peers are the province's other counties, enough to judge relatedness (the province has none).
    const config = syntheticGapConfig(manifest);
    const weight = config.suggestions.points.relatedness;
    const chainRules = { ruleIds: ['chain-missing-link', 'chain-break-risk', 'chain-weak-link'] as const };
    const gaps = await computeGaps(db, chainRules, { config, regionId: manifest.ids.sampleCounty });
    const byIndustry = new Map<string, Set<number>>();
    for (const gap of gaps) {
      for (const suggestion of gap.suggestions) {
        const part = suggestion.reasons.find((r) => r.key === 'relatedness');
        if (!part) continue;
        const density = Number(/([01]\.\d\d)$/.exec(part.en)?.[1]);
        // The reason shows the density to two places; the points use it whole.
        expect(Math.abs(part.points - weight * density)).toBeLessThanOrEqual(weight * 0.005 + 0.005);
        expect(density).toBeGreaterThan(0);
        expect(density).toBeLessThanOrEqual(1);
        byIndustry.set(gap.industryId ?? '', new Set([...(byIndustry.get(gap.industryId ?? '') ?? []), density]));
      }
    }
    // The province's cities can specialise, so the engine judged relatedness for some industry, and
    // every candidate of one industry carries the same figure.
    expect(byIndustry.size).toBeGreaterThan(0);
    for (const densities of byIndustry.values()) expect(densities.size).toBe(1);
  });
});
