// The gap engine over HTTP on the seed data (nantong + demo). Expectations are read from the seed files
// themselves, so the test follows the data rather than a snapshot of the answer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GapList,
  GapMatrix,
  GapRulesResponse,
  GapSummary,
  IndustryGaps,
  TargetProgressList,
  GAP_RULE_IDS,
  type ApiErrorBody,
  type Gap,
  type MatrixRow,
  type SixOnesSlot,
} from '../../graph/model';
import { activeGapConfig } from '../../server/gaps/config';
import { SEEDS_DIR } from '../../server/datasets';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

const config = activeGapConfig().config;

// ---- the seed files, read directly -------------------------------------------------------------
interface SeedNode {
  id: string;
  label: string;
  kind?: string;
  tier?: string;
  industryId?: string;
  indicatorId?: string;
  year?: number;
  value?: number;
  comparator?: string;
}
interface SeedRel {
  type: string;
  from: string;
  to: string;
}
const LABELS = ['Industry', 'ChainLink', 'Plan', 'Enterprise', 'InnovationCentre', 'Alliance', 'Fund', 'Platform', 'Institute', 'Target', 'Measurement', 'Region', 'Park'];
function readJson<T>(dataset: string, file: string): T[] {
  try {
    return JSON.parse(readFileSync(path.join(SEEDS_DIR, dataset, file), 'utf8')) as T[];
  } catch {
    return [];
  }
}
const nodes = new Map<string, SeedNode>();
for (const dataset of ['nantong', 'chains', 'demo']) {
  for (const label of LABELS) for (const n of readJson<SeedNode>(dataset, `${label}.json`)) nodes.set(n.id, { ...n, label });
}
const rels = ['nantong', 'chains', 'demo'].flatMap((d) => readJson<SeedRel>(d, 'relationships.json'));
const labelOf = (id: string): string | undefined => nodes.get(id)?.label;

const subsectorOf = new Map(rels.filter((r) => r.type === 'SUBSECTOR_OF').map((r) => [r.from, r.to]));
const analysed = [...nodes.values()]
  .filter((n) => n.label === 'Industry' && config.sixOnes.tiers.includes(n.tier as never) && !subsectorOf.has(n.id))
  .map((n) => n.id);
// Local places: the city, the regions PART_OF it (at any depth) and the parks located in them; a holder
// fills a slot only when located in one, a plan only when it APPLIES_TO the city.
const localPlaces = new Set([config.cityId]);
for (let grew = true; grew; ) {
  grew = false;
  for (const r of rels) {
    if (((r.type === 'PART_OF' && labelOf(r.from) === 'Region') || (r.type === 'LOCATED_IN' && labelOf(r.from) === 'Park')) && localPlaces.has(r.to) && !localPlaces.has(r.from)) {
      localPlaces.add(r.from);
      grew = true;
    }
  }
}
const isLocal = (id: string): boolean =>
  rels.some((r) => r.from === id && ((r.type === 'LOCATED_IN' && localPlaces.has(r.to)) || (r.type === 'APPLIES_TO' && localPlaces.has(r.to))));
const family = (id: string): string[] => [id, ...[...subsectorOf].filter(([, parent]) => parent === id).map(([sub]) => sub)];
const linksOf = (id: string): string[] =>
  [...nodes.values()].filter((n) => n.label === 'ChainLink' && family(id).includes(n.industryId ?? '')).map((n) => n.id);

function expectedHolders(industry: string, slot: Exclude<SixOnesSlot, 'platforms'>): string[] {
  const spec = {
    plan: { type: 'PLANS', label: 'Plan', kind: 'industry-plan' },
    leadFirm: { type: 'LEADS', label: 'Enterprise' },
    innovationCentre: { type: 'SERVES', label: 'InnovationCentre' },
    alliance: { type: 'SERVES', label: 'Alliance' },
    fund: { type: 'INVESTS_IN', label: 'Fund' },
  }[slot];
  return rels
    .filter((r) => r.type === spec.type && family(industry).includes(r.to) && labelOf(r.from) === spec.label)
    .filter((r) => (!('kind' in spec) || nodes.get(r.from)?.kind === spec.kind) && isLocal(r.from))
    .map((r) => r.from)
    .sort();
}

function expectedPlatforms(industry: string): { holders: string[]; uncovered: string[] } {
  const isPts = (id: string): boolean => labelOf(id) === 'Platform' && nodes.get(id)?.kind === 'public-technology-service' && isLocal(id);
  const links = linksOf(industry);
  const holders = new Set(
    rels
      .filter((r) => isPts(r.from) && ((r.type === 'SERVES' && family(industry).includes(r.to)) || (r.type === 'COVERS' && links.includes(r.to))))
      .map((r) => r.from),
  );
  const covered = new Set(
    rels.filter((r) => r.type === 'COVERS' && ['Platform', 'Institute'].includes(labelOf(r.from) ?? '') && isLocal(r.from)).map((r) => r.to),
  );
  return { holders: [...holders].sort(), uncovered: links.filter((l) => !covered.has(l)).sort() };
}

// ---- setup ---------------------------------------------------------------------------------------
const fx = seededTestServer({ datasets: ['nantong', 'demo'] });

async function matrix(): Promise<MatrixRow[]> {
  const { status, body } = await getJson(fx.baseUrl, '/api/gaps/matrix');
  expect(status).toBe(200);
  return GapMatrix.parse(body).rows;
}

describe('GET /api/gaps/matrix on the seed data', () => {
  it('has a row for every analysed industry of the seed files', async () => {
    const rows = await matrix();
    expect(rows.map((r) => r.industry.id).sort()).toEqual([...analysed].sort());
    expect(rows.map((r) => r.industry.id)).not.toContain('modern-home-textiles');
    expect(rows.map((r) => r.industry.id)).not.toContain('modern-agriculture');
  });

  it('names the holders the seed files give every slot', async () => {
    const rows = await matrix();
    for (const row of rows) {
      for (const slot of ['plan', 'leadFirm', 'innovationCentre', 'alliance', 'fund'] as const) {
        const expected = expectedHolders(row.industry.id, slot);
        const cell = row.cells[slot];
        expect({ industry: row.industry.id, slot, holders: cell?.holders.map((h) => h.id).sort() }).toEqual({
          industry: row.industry.id,
          slot,
          holders: expected,
        });
        expect(cell?.status).toBe(expected.length > 0 ? 'filled' : 'not-recorded');
      }
      const platforms = expectedPlatforms(row.industry.id);
      expect(row.cells.platforms?.holders.map((h) => h.id).sort()).toEqual(platforms.holders);
      expect(row.cells.platforms?.uncoveredLinks?.map((l) => l.id).sort()).toEqual(platforms.uncovered);
    }
  });

  it('new energy: five slots filled; its two platforms leave links uncovered, so the set is partial', async () => {
    const row = (await matrix()).find((r) => r.industry.id === 'new-energy');
    for (const slot of ['plan', 'leadFirm', 'innovationCentre', 'alliance', 'fund'] as const) {
      expect(row?.cells[slot]?.status).toBe('filled');
    }
    // Two platforms (wind testing, energy storage) but 硅料与储能材料, 电站开发与并网 and 运维服务 have no platform
    // or institute covering them in the demo data.
    expect(row?.cells.platforms?.holders).toHaveLength(2);
    expect(row?.cells.platforms?.status).toBe('partial');
    expect(row?.cells.platforms?.uncoveredLinks?.map((l) => l.id).sort()).toEqual([
      'energy-materials',
      'energy-operations',
      'energy-power-stations',
    ]);
    expect(row?.cells.leadFirm?.holders[0]).toMatchObject({ id: 'demo-sample-new-energy', illustrative: true });
  });

  it('high-end textiles: one platform, a partial set; shipbuilding: no fund recorded', async () => {
    const rows = await matrix();
    const textiles = rows.find((r) => r.industry.id === 'high-end-textiles');
    expect(textiles?.cells.platforms).toMatchObject({ status: 'partial', holders: [{ id: 'demo-platform-textile-testing' }] });
    const ships = rows.find((r) => r.industry.id === 'shipbuilding-heavy-equipment');
    expect(ships?.cells.fund).toEqual({ status: 'not-recorded', holders: [] });
    expect(ships?.cells.alliance?.status).toBe('filled');
  });

  it('scores every industry from 0 to 100 with a breakdown that adds up', async () => {
    for (const row of await matrix()) {
      expect(row.score.total).toBeGreaterThanOrEqual(0);
      expect(row.score.total).toBeLessThanOrEqual(100);
      expect(row.score.parts.reduce((a, p) => a + p.points, 0)).toBeCloseTo(row.score.total, 0);
      expect(row.gapCount).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/gaps on the seed data', () => {
  it('lists gaps of the wire shape, most severe first, with the data-gap notice', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/gaps');
    expect(status).toBe(200);
    const list = GapList.parse(body);
    expect(list.total).toBe(list.items.length);
    expect(list.notice.zh).toContain('数据缺口');
    const ranks = list.items.map((g) => ['high', 'medium', 'low'].indexOf(g.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(list.items.map((g) => g.id)).size).toBe(list.items.length);
    for (const gap of list.items) expect(gap.evidence[0]).toBe(gap.subject.id);
  });

  it('flags only counties valid today: 海安县, 海门市 and 港闸区 are history', async () => {
    const { body } = await getJson(fx.baseUrl, '/api/gaps?rule=region-no-co-built-park,region-no-high-tech-zone');
    const gaps = GapList.parse(body).items;
    const byRule = (rule: string): string[] => gaps.filter((g) => g.ruleId === rule).map((g) => g.subject.id).sort();
    // Co-built parks are recorded in 如东县, 启东市 and 海安市; high-tech zones in 通州区, 如皋市 and 海门区.
    expect(byRule('region-no-co-built-park')).toEqual(['chongchuan-district', 'haimen-district', 'rugao-city', 'tongzhou-district']);
    expect(byRule('region-no-high-tech-zone')).toEqual(['chongchuan-district', 'haian-city', 'qidong-city', 'rudong-county']);
    const subjects = gaps.map((g) => g.subject.id);
    for (const expired of ['haian-county', 'haimen-city', 'gangzha-district']) expect(subjects).not.toContain(expired);
  });

  it('filters by rule and industry, comma-separated or repeated', async () => {
    const one = GapList.parse(
      (await getJson(fx.baseUrl, '/api/gaps?rule=six-ones-fund&industry=shipbuilding-heavy-equipment')).body,
    );
    expect(one.items.map((g) => g.id)).toEqual(['six-ones-fund:shipbuilding-heavy-equipment']);
    const comma = GapList.parse((await getJson(fx.baseUrl, '/api/gaps?severity=high,low')).body);
    const repeated = GapList.parse((await getJson(fx.baseUrl, '/api/gaps?severity=high&severity=low')).body);
    expect(comma.items.map((g) => g.id)).toEqual(repeated.items.map((g) => g.id));
    expect(comma.items.every((g) => g.severity !== 'medium')).toBe(true);
    const county = GapList.parse(
      (await getJson(fx.baseUrl, '/api/gaps?region=qidong-city&rule=region-no-co-built-park,region-no-high-tech-zone')).body,
    );
    expect(county.items.map((g) => `${g.ruleId}:${g.subject.id}`)).toEqual(['region-no-high-tech-zone:qidong-city']);
  });

  it('analyses any region given as region=: a county, with its city’s key industries and only its own holders', async () => {
    const matrixOf = async (query: string) => GapMatrix.parse((await getJson(fx.baseUrl, `/api/gaps/matrix${query}`)).body).rows;
    const [city, county] = await Promise.all([matrixOf(''), matrixOf('?region=qidong-city')]);
    expect(county.map((r) => r.industry.id)).toEqual(city.map((r) => r.industry.id));
    const holders = (rows: typeof city) => new Set(rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.holders.map((h) => h.id))));
    const [cityHolders, countyHolders] = [holders(city), holders(county)];
    expect(countyHolders.size).toBeGreaterThan(0);
    expect(countyHolders.size).toBeLessThan(cityHolders.size);
    expect([...countyHolders].every((id) => cityHolders.has(id))).toBe(true);
    const summary = await getJson(fx.baseUrl, '/api/gaps/summary?region=qidong-city');
    expect(summary.status).toBe(200);
    for (const bad of ['/api/gaps/matrix?region=atlantis', '/api/gaps/summary?region=atlantis', '/api/industries/high-end-textiles/gaps?region=atlantis']) {
      const { status, body } = await getJson(fx.baseUrl, bad);
      expect(status, bad).toBe(400);
      expect((body as ApiErrorBody).error.details[0]).toMatchObject({ field: 'query.region', reason: 'unknown region id "atlantis"' });
    }
  });

  it('says which gaps rest on illustrative data', async () => {
    // One illustrative firm and no support: at risk (断链) and weak, counted once under the more severe rule.
    const { body } = await getJson(fx.baseUrl, '/api/gaps?rule=chain-break-risk,chain-weak-link&industry=high-end-textiles');
    const gap = GapList.parse(body).items.find((g) => g.subject.id === 'textiles-spinning');
    expect(gap?.ruleId).toBe('chain-break-risk');
    expect(gap?.explanationZh).toContain('同时没有平台、研发机构或创新中心覆盖（弱链）');
    expect(gap?.illustrative).toBe(true);
    expect(gap?.evidenceNodes?.find((n) => n.id === 'demo-sample-spinning')?.illustrative).toBe(true);
  });

  it.each([
    ['rule=no-such-rule', 'query.rule', 'six-ones-plan'],
    ['severity=urgent', 'query.severity', 'high'],
    ['industry=no-such-industry', 'query.industry', 'no-such-industry'],
    ['industry=Not_A_Slug', 'query.industry', 'slug'],
    ['industry=', 'query.industry', 'at least one'],
    ['rule=,', 'query.rule', 'at least one'],
    ['region=atlantis', 'query.region', 'atlantis'],
    ['colour=red', 'query', 'colour'],
  ])('answers a bad filter (%s) with 400 naming the field', async (query, field, reason) => {
    const { status, body } = await getJson(fx.baseUrl, `/api/gaps?${query}`);
    expect(status).toBe(400);
    const error = (body as ApiErrorBody).error;
    expect(error.code).toBe('validation_failed');
    expect(error.details[0]?.field.startsWith(field)).toBe(true);
    expect(error.details[0]?.reason).toContain(reason);
    expect(error.details[0]?.reasonZh).toBeTruthy();
  });
});

describe('the other gap endpoints', () => {
  it('GET /api/gaps/rules lists every rule and the configuration in force', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/gaps/rules');
    expect(status).toBe(200);
    const rules = GapRulesResponse.parse(body);
    expect(rules.rules.map((r) => r.id)).toEqual([...GAP_RULE_IDS]);
    expect(rules.config).toEqual(config);
    expect(rules.configSource).toContain('gaps.config.json');
    for (const rule of rules.rules) expect(rule.titleZh && rule.titleEn && rule.explanationZh && rule.explanationEn).toBeTruthy();
  });

  it('GET /api/gaps/summary sums up the city', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/gaps/summary');
    expect(status).toBe(200);
    const summary = GapSummary.parse(body);
    const all = GapList.parse((await getJson(fx.baseUrl, '/api/gaps')).body);
    expect(summary.industries).toBe(analysed.length);
    expect(Object.values(summary.gapsByRule).reduce((a, b) => a + b, 0)).toBe(all.total);
    expect(summary.topGaps.every((g) => g.severity === 'high')).toBe(true);
    // The demo layer is illustrative: the share must say so.
    expect(summary.illustrativeShare).toBeGreaterThan(0);
  });

  it('GET /api/industries/:id/gaps gives one industry, and a subsector its parent', async () => {
    const energy = IndustryGaps.parse((await getJson(fx.baseUrl, '/api/industries/new-energy/gaps')).body);
    expect(energy.analysedAs).toBe('new-energy');
    expect(energy.row?.industry.id).toBe('new-energy');
    expect(energy.gaps.length).toBe(energy.row?.gapCount);
    expect(energy.gaps.every((g: Gap) => g.industryId === 'new-energy')).toBe(true);
    const home = IndustryGaps.parse((await getJson(fx.baseUrl, '/api/industries/modern-home-textiles/gaps')).body);
    expect(home.analysedAs).toBe('high-end-textiles');
    const agriculture = IndustryGaps.parse((await getJson(fx.baseUrl, '/api/industries/modern-agriculture/gaps')).body);
    expect(agriculture).toMatchObject({ analysedAs: null, row: null, gaps: [] });
    expect((await getJson(fx.baseUrl, '/api/industries/no-such-industry/gaps')).status).toBe(404);
    expect((await getJson(fx.baseUrl, '/api/industries/Bad!/gaps')).status).toBe(400);
  });

  it('GET /api/targets/progress judges every seed target on its measurements up to the target year', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/targets/progress');
    expect(status).toBe(200);
    const progress = TargetProgressList.parse(body);
    const targets = [...nodes.values()].filter((n) => n.label === 'Target');
    expect(progress.total).toBe(targets.length);
    for (const target of targets) {
      const item = progress.items.find((p) => p.target.id === target.id);
      if (target.value === undefined) {
        expect(item?.status).toBe('qualitative');
        continue;
      }
      const measured = [...nodes.values()]
        .filter((n) => n.label === 'Measurement' && n.indicatorId === target.indicatorId && (n.year ?? 0) <= (target.year ?? 0))
        .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
      expect(item?.latest?.value ?? null).toBe(measured?.value ?? null);
      if (!measured) expect(item?.status).toBe('no-data');
      else if (target.comparator === '>=' || target.comparator === '>') {
        const met = target.comparator === '>=' ? (measured.value ?? 0) >= (target.value ?? 0) : (measured.value ?? 0) > (target.value ?? 0);
        if (met) expect(item?.status).toBe('met');
        else if (measured.year === target.year) expect(item?.status).toBe('off-track');
        else expect(['on-track', 'off-track']).toContain(item?.status);
      }
    }
    const { met, onTrack, offTrack, noData, qualitative } = progress.counts;
    expect(met + onTrack + offTrack + noData + qualitative).toBe(targets.length);
    expect(qualitative).toBe(targets.filter((t) => t.value === undefined).length);
    expect(offTrack).toBeGreaterThan(0);
    expect(progress.rule.zh).toContain('最小二乘');
    expect(progress.rule.en).toContain('least-squares');
  });

  it('every gap endpoint is in the OpenAPI document', async () => {
    const { body } = await getJson(fx.baseUrl, '/api/openapi.json');
    const paths = Object.keys((body as { paths: Record<string, unknown> }).paths);
    for (const p of ['/api/gaps', '/api/gaps/rules', '/api/gaps/matrix', '/api/gaps/summary', '/api/industries/{id}/gaps', '/api/targets/progress', '/api/questions', '/api/questions/{id}']) {
      expect(paths).toContain(p);
    }
  });
});
