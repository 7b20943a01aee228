// Rule 1 (六个一) on a hand-built graph whose answers are known exactly, including what must not be
// flagged: a policy is not an industry plan, an institute serving an industry is not an innovation
// centre, an incubator is not a public technology platform, subsectors roll up, other tiers are skipped.
import type { ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import type { GapConfig } from '../../graph/model';
import { DEFAULT_GAP_CONFIG_PATH, readGapConfig } from '../../server/gaps/config';
import { computeGaps, computeIndustryGaps, computeMatrix } from '../../server/gaps/service';
import { buildGraph, openTestDatabase, wipeGraph } from '../helpers/graph';

let db: Database;
const config: GapConfig = { ...readGapConfig(DEFAULT_GAP_CONFIG_PATH), asOfYear: 2025 };

const GRAPH = `
CREATE (:Entity:Region {id: 'nantong', kind: 'city'})
CREATE (full:Entity:Industry {id: 'ind-full', tier: 'emerging'})
CREATE (part:Entity:Industry {id: 'ind-partial', tier: 'traditional', confirmedMissing: ['leadFirm', 'fund']})
CREATE (two:Entity:Industry {id: 'ind-two', tier: 'seed'})
CREATE (sub:Entity:Industry {id: 'ind-sub', tier: 'traditional'})-[:SUBSECTOR_OF]->(part)
CREATE (agri:Entity:Industry {id: 'ind-agri', tier: 'agriculture'})

CREATE (:Entity:Plan {id: 'plan-full', kind: 'industry-plan', sourceKind: 'illustrative'})-[:PLANS]->(full)
CREATE (:Entity:Enterprise {id: 'lead-full'})-[:LEADS]->(full)
CREATE (:Entity:InnovationCentre {id: 'centre-full'})-[:SERVES]->(full)
CREATE (:Entity:Alliance {id: 'alliance-full'})-[:SERVES]->(full)
CREATE (:Entity:Fund {id: 'fund-full', kind: 'industry-fund'})-[:INVESTS_IN]->(full)
CREATE (pf1:Entity:Platform {id: 'platform-full-1', kind: 'public-technology-service'})-[:SERVES]->(full)
CREATE (:Entity:Platform {id: 'platform-full-2', kind: 'public-technology-service'})-[:SERVES]->(full)
CREATE (full)-[:HAS_LINK]->(lf1:Entity:ChainLink {id: 'link-full-1', stage: 'upstream', order: 0})
CREATE (full)-[:HAS_LINK]->(lf2:Entity:ChainLink {id: 'link-full-2', stage: 'downstream', order: 1})
CREATE (pf1)-[:COVERS]->(lf1)
CREATE (:Entity:Institute {id: 'inst-full', kind: 'research-institute'})-[:COVERS]->(lf2)

CREATE (:Entity:Plan {id: 'policy-partial', kind: 'policy'})-[:PLANS]->(part)
CREATE (:Entity:Institute {id: 'inst-serving', kind: 'research-institute'})-[:SERVES]->(part)
CREATE (:Entity:InnovationCentre {id: 'centre-sub'})-[:SERVES]->(sub)
CREATE (:Entity:Alliance {id: 'alliance-partial'})-[:SERVES]->(part)
CREATE (pp:Entity:Platform {id: 'platform-partial', kind: 'public-technology-service'})-[:SERVES]->(part)
CREATE (:Entity:Platform {id: 'incubator-partial', kind: 'incubator'})-[:SERVES]->(part)
CREATE (part)-[:HAS_LINK]->(lp1:Entity:ChainLink {id: 'link-partial-1', stage: 'upstream', order: 0})
CREATE (sub)-[:HAS_LINK]->(:Entity:ChainLink {id: 'link-sub-1', stage: 'downstream', order: 1})
CREATE (pp)-[:COVERS]->(lp1)

CREATE (:Entity:Platform {id: 'platform-two-1', kind: 'public-technology-service'})-[:SERVES]->(two)
CREATE (pt2:Entity:Platform {id: 'platform-two-2', kind: 'public-technology-service'})
CREATE (two)-[:HAS_LINK]->(lt1:Entity:ChainLink {id: 'link-two-1', stage: 'upstream', order: 0})
CREATE (two)-[:HAS_LINK]->(:Entity:ChainLink {id: 'link-two-2', stage: 'downstream', order: 1})
CREATE (pt2)-[:COVERS]->(lt1)
CREATE (:Entity:Institute {id: 'inst-two', kind: 'research-institute'})-[:SERVES]->(two)

CREATE (:Entity:Plan {id: 'plan-agri', kind: 'industry-plan'})-[:PLANS]->(agri)`;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeGraph(db);
  await buildGraph(db, GRAPH);
});

afterAll(async () => {
  await db.close();
});

describe('六个一 matrix on a hand-built graph', () => {
  it('has one row per analysed industry: subsectors and other tiers are not rows', async () => {
    const matrix = await computeMatrix(db, {}, { config });
    expect(matrix.rows.map((r) => r.industry.id)).toEqual(['ind-partial', 'ind-full', 'ind-two']);
    expect(matrix.slots).toEqual(['plan', 'leadFirm', 'innovationCentre', 'alliance', 'fund', 'platforms']);
  });

  it('fills every slot of a complete industry, with its holders and their provenance', async () => {
    const { rows } = await computeMatrix(db, {}, { config });
    const full = rows.find((r) => r.industry.id === 'ind-full');
    expect(Object.values(full?.cells ?? {}).map((c) => c.status)).toEqual(Array(6).fill('filled'));
    expect(full?.cells.plan?.holders).toEqual([
      { id: 'plan-full', label: 'Plan', nameZh: 'plan-full（中）', nameEn: 'plan-full', illustrative: true },
    ]);
    expect(full?.cells.platforms?.holders.map((h) => h.id).sort()).toEqual(['platform-full-1', 'platform-full-2']);
    const weights = config.scoreWeights;
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    const sixOnes = weights.plan + weights.leadFirm + weights.innovationCentre + weights.alliance + weights.fund + weights.platforms;
    // Its links have no firms and it needs no recorded fields: only the six slots score.
    expect(full?.score.total).toBeCloseTo((sixOnes * 100) / total, 1);
  });

  it('keeps not recorded and confirmed missing apart, rolls subsectors up and judges the platform set', async () => {
    const { rows } = await computeMatrix(db, {}, { config });
    const partial = rows.find((r) => r.industry.id === 'ind-partial');
    expect(partial?.cells.plan?.status).toBe('not-recorded');
    expect(partial?.cells.leadFirm?.status).toBe('confirmed-missing');
    expect(partial?.cells.fund?.status).toBe('confirmed-missing');
    expect(partial?.cells.innovationCentre).toMatchObject({ status: 'filled', holders: [{ id: 'centre-sub' }] });
    expect(partial?.cells.alliance?.status).toBe('filled');
    expect(partial?.cells.platforms?.status).toBe('partial');
    expect(partial?.cells.platforms?.holders.map((h) => h.id)).toEqual(['platform-partial']);
    expect(partial?.cells.platforms?.uncoveredLinks?.map((l) => l.id)).toEqual(['link-sub-1']);

    const two = rows.find((r) => r.industry.id === 'ind-two');
    expect(two?.cells.platforms?.status).toBe('partial');
    expect(two?.cells.platforms?.holders.map((h) => h.id).sort()).toEqual(['platform-two-1', 'platform-two-2']);
    // An institute SERVING the industry does not cover its second link.
    expect(two?.cells.platforms?.uncoveredLinks?.map((l) => l.id)).toEqual(['link-two-2']);
  });

  it('follows the configuration: excluded subsectors, lenient platform sets', async () => {
    const exclude = { ...config, sixOnes: { ...config.sixOnes, subsectors: 'exclude' as const } };
    const partial = (await computeMatrix(db, {}, { config: exclude })).rows.find((r) => r.industry.id === 'ind-partial');
    expect(partial?.cells.innovationCentre?.status).toBe('not-recorded');
    expect(partial?.cells.platforms?.uncoveredLinks).toEqual([]);

    const lenient = { ...config, sixOnes: { ...config.sixOnes, requireEveryLinkCovered: false } };
    const two = (await computeMatrix(db, {}, { config: lenient })).rows.find((r) => r.industry.id === 'ind-two');
    expect(two?.cells.platforms?.status).toBe('filled');

    const three = { ...config, sixOnes: { ...config.sixOnes, minPlatforms: 3 } };
    const full = (await computeMatrix(db, {}, { config: three })).rows.find((r) => r.industry.id === 'ind-full');
    expect(full?.cells.platforms?.status).toBe('partial');
  });
});

describe('六个一 gaps', () => {
  const sixOnes = ['six-ones-plan', 'six-ones-lead-firm', 'six-ones-innovation-centre', 'six-ones-alliance', 'six-ones-fund', 'six-ones-platform-set'] as const;

  it('reports exactly the unfilled slots, with their status', async () => {
    const gaps = await computeGaps(db, { ruleIds: [...sixOnes] }, { config });
    const found = gaps.map((g) => `${g.ruleId}|${g.industryId}|${g.status}`).sort();
    expect(found).toEqual(
      [
        'six-ones-plan|ind-partial|not-recorded',
        'six-ones-lead-firm|ind-partial|confirmed-missing',
        'six-ones-fund|ind-partial|confirmed-missing',
        'six-ones-platform-set|ind-partial|not-recorded',
        'six-ones-plan|ind-two|not-recorded',
        'six-ones-lead-firm|ind-two|not-recorded',
        'six-ones-innovation-centre|ind-two|not-recorded',
        'six-ones-alliance|ind-two|not-recorded',
        'six-ones-fund|ind-two|not-recorded',
        'six-ones-platform-set|ind-two|not-recorded',
      ].sort(),
    );
    const fund = gaps.find((g) => g.id === 'six-ones-fund:ind-partial');
    expect(fund?.explanationZh).toContain('用户已确认缺失');
    expect(fund?.explanationEn).toContain('confirmed missing');
    const platforms = gaps.find((g) => g.id === 'six-ones-platform-set:ind-partial');
    expect(platforms?.evidence).toEqual(['ind-partial', 'platform-partial', 'link-sub-1']);
    expect(platforms?.subject).toMatchObject({ id: 'ind-partial', label: 'Industry' });
    expect(platforms?.regionIds).toEqual(['nantong']);
    // Most severe first (the lead-firm rule is high by default).
    expect(gaps[0]?.ruleId).toBe('six-ones-lead-firm');
  });

  it('filters by severity and by industry (a subsector selects the industry it rolls up into)', async () => {
    const high = await computeGaps(db, { severities: ['high'] }, { config });
    expect(high.every((g) => g.severity === 'high')).toBe(true);
    expect(high.filter((g) => g.ruleId.startsWith('six-ones')).map((g) => g.industryId).sort()).toEqual(['ind-partial', 'ind-two']);
    const viaSub = await computeGaps(db, { industryIds: ['ind-sub'], ruleIds: [...sixOnes] }, { config });
    expect(new Set(viaSub.map((g) => g.industryId))).toEqual(new Set(['ind-partial']));
    expect(viaSub).toHaveLength(4);
  });

  it('analyses a subsector as its parent and leaves other tiers out', async () => {
    const sub = await computeIndustryGaps(db, 'ind-sub', { config });
    expect(sub?.analysedAs).toBe('ind-partial');
    expect(sub?.row?.industry.id).toBe('ind-partial');
    const agri = await computeIndustryGaps(db, 'ind-agri', { config });
    expect(agri).toMatchObject({ analysedAs: null, row: null, gaps: [] });
    expect(await computeIndustryGaps(db, 'no-such-industry', { config })).toBeNull();
  });
});

describe('set-based queries', () => {
  /** Counts the queries one call runs, by wrapping the transactions the database hands out. */
  async function countQueries(work: () => Promise<unknown>): Promise<number> {
    let count = 0;
    const original = db.read.bind(db);
    db.read = <T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> =>
      original((tx) =>
        fn(
          new Proxy(tx, {
            get(target, prop, receiver) {
              if (prop === 'run') {
                return (...args: Parameters<ManagedTransaction['run']>) => {
                  count += 1;
                  return target.run(...args);
                };
              }
              return Reflect.get(target, prop, receiver) as unknown;
            },
          }),
        ),
      );
    try {
      await work();
    } finally {
      db.read = original;
    }
    return count;
  }

  /** Any committed write: the engine keeps facts until the database changes (server/gaps/cache.ts). */
  const touch = () => db.write((tx) => tx.run('MERGE (t:CacheProbe {id: 1}) SET t.at = timestamp()'));

  it('run the same number of queries whatever the number of industries', async () => {
    await touch();
    const before = await countQueries(() => computeMatrix(db, {}, { config }));
    await buildGraph(db, `
      UNWIND range(1, 20) AS n
      CREATE (i:Entity:Industry {id: 'ind-extra-' + n, tier: 'emerging'})
      CREATE (i)-[:HAS_LINK]->(:Entity:ChainLink {id: 'link-extra-' + n, stage: 'upstream', order: 0})`);
    const after = await countQueries(() => computeMatrix(db, {}, { config }));
    expect((await computeMatrix(db, {}, { config })).rows).toHaveLength(23);
    expect(after).toBe(before);
    expect(before).toBeLessThanOrEqual(6);
  });

  it('keep the facts while the database is unchanged, and read them again after any write', async () => {
    await touch();
    const first = await countQueries(() => computeMatrix(db, {}, { config }));
    expect(first).toBeGreaterThan(0);
    expect(await countQueries(() => computeMatrix(db, {}, { config }))).toBe(0);
    // Another connection's write (Neo4j Browser, another server) is seen as well.
    const other = await openTestDatabase();
    await other.write((tx) => tx.run("MATCH (i:Industry {id: 'ind-two'}) SET i.nameEn = 'Industry two, renamed'"));
    await other.close();
    const renamed = await computeMatrix(db, {}, { config });
    expect(renamed.rows.find((r) => r.industry.id === 'ind-two')?.industry.nameEn).toBe('Industry two, renamed');
    // Another configuration is other facts.
    const strict = await computeMatrix(db, {}, { config: { ...config, sixOnes: { ...config.sixOnes, minPlatforms: 3 } } });
    expect(strict.rows.find((r) => r.industry.id === 'ind-full')?.cells.platforms?.status).toBe('partial');
  });
});
