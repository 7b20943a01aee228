// The synthetic province generator: deterministic, every row valid against the model, every rule
// planted, and its dataset folder readable by the product's own dataset reader.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allowsEndpoints, GAP_RULE_IDS, GapConfig, NODE_SCHEMAS, type NodeLabel } from '../../graph/model';
import { generateProvince, SYNTHETIC_CITIES, syntheticGapConfig, TINY, writeProvince } from '../../seeds/synthetic';
import { DEFAULT_COMPARE_CONFIG, type CountTable } from '../../server/compare/input';
import { specialisation } from '../../server/compare/specialisation';
import { readDataset } from '../../server/datasets/read';

const province = generateProvince(TINY);
const { graph, manifest } = province;

describe('synthetic province generator', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('gives the same graph for the same seed, and another for another seed', () => {
    const again = generateProvince(TINY);
    expect(again.manifest).toEqual(manifest);
    expect(JSON.stringify([...again.graph.relationships])).toBe(JSON.stringify([...graph.relationships]));
    const other = generateProvince({ ...TINY, seed: TINY.seed + 1 });
    expect(JSON.stringify([...other.graph.relationships])).not.toBe(JSON.stringify([...graph.relationships]));
  });

  it('builds only nodes the model accepts, with unique ids and illustrative provenance', () => {
    const ids = new Set<string>();
    for (const [label, rows] of graph.nodes) {
      for (const row of rows) {
        const parsed = NODE_SCHEMAS[label].strict().safeParse(row);
        expect(parsed.success, `${label} ${row.id}: ${parsed.error?.message ?? ''}`).toBe(true);
        expect(row.sourceKind).toBe('illustrative');
        expect(ids.has(row.id)).toBe(false);
        ids.add(row.id);
      }
    }
    expect(ids.size).toBe(manifest.totalNodes);
  });

  it('joins only existing nodes, with types the model allows between their labels, never twice', () => {
    const labelOf = new Map<string, NodeLabel>();
    for (const [label, rows] of graph.nodes) for (const row of rows) labelOf.set(row.id, label);
    let total = 0;
    for (const [type, rows] of graph.relationships) {
      const seen = new Set<string>();
      for (const { from, to } of rows) {
        const fromLabel = labelOf.get(from);
        const toLabel = labelOf.get(to);
        expect(fromLabel && toLabel && allowsEndpoints(type, fromLabel, toLabel), `${type} ${from} → ${to}`).toBe(true);
        expect(seen.has(`${from}|${to}`)).toBe(false);
        seen.add(`${from}|${to}`);
      }
      total += rows.length;
    }
    expect(total).toBe(manifest.totalRelationships);
  });

  it('places the province, its cities and counties as the model has them', () => {
    const regions = new Map((graph.nodes.get('Region') ?? []).map((r) => [r.id, r]));
    const partOf = graph.relationships.get('PART_OF') ?? [];
    const cities = [...regions.values()].filter((r) => r.kind === 'city');
    expect(cities).toHaveLength(TINY.cities);
    for (const city of cities) expect(partOf).toContainEqual({ from: city.id, to: manifest.ids.province });
    const counties = partOf.filter((p) => regions.get(p.to)?.kind === 'city');
    expect(counties).toHaveLength(TINY.cities * (TINY.countiesPerCity + TINY.mergedCountiesPerCity));
    expect(cities.map((c) => c.id)).toEqual(manifest.ids.cities);
    expect(cities.map((c) => c.nameZh)).toEqual(SYNTHETIC_CITIES.slice(0, TINY.cities).map((c) => `示例${c.zh}市`));
    const industries = graph.nodes.get('Industry') ?? [];
    expect(industries).toHaveLength(TINY.industries);
    expect(graph.nodes.get('ChainLink')).toHaveLength(industries.length * TINY.linksPerIndustry);
    expect(graph.nodes.get('Enterprise')).toHaveLength(TINY.firms);
  });

  it('shares one set of industries among the cities: overlapping key industries, specialisations that differ', () => {
    const keyOf = new Map<string, Set<string>>();
    for (const { from, to } of graph.relationships.get('KEY_INDUSTRY_OF') ?? []) keyOf.set(to, (keyOf.get(to) ?? new Set()).add(from));
    const industryIds = (graph.nodes.get('Industry') ?? []).map((i) => i.id);
    const keyed = new Set([...keyOf.values()].flatMap((set) => [...set]));
    expect([...keyed].sort()).toEqual([...industryIds].sort());
    const sets = manifest.ids.cities.map((c) => [...(keyOf.get(c) ?? [])].sort().join());
    expect(new Set(sets).size).toBe(TINY.cities);
    const keyCities = (id: string): number => manifest.ids.cities.filter((c) => keyOf.get(c)?.has(id)).length;
    expect(keyCities(manifest.ids.compareIndustry)).toBeGreaterThan(1);
    expect(industryIds.some((id) => keyCities(id) === 1)).toBe(true);

    // Firms per city and industry as the comparison counts them (a firm covering a link of the industry):
    // some cells specialised (LQ ≥ 2), some too small to rate (below three firms).
    const { cells } = specialisation(firmTable(), DEFAULT_COMPARE_CONFIG);
    const lq = cells.flatMap((c) => (c.rating.kind === 'rated' ? [c.rating.lq] : []));
    expect(lq.filter((v) => v >= 2).length).toBeGreaterThan(0);
    expect(lq.filter((v) => v < 1).length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.rating.kind === 'too-small').length).toBeGreaterThan(0);
  });

  it('plants at least one gap of every rule and names its showcase industries and samples', () => {
    for (const rule of GAP_RULE_IDS) expect(manifest.plantedGaps[rule], rule).toBeGreaterThan(0);
    expect(manifest.ids.showcase.map((s) => s.targetElements)).toEqual(TINY.showcaseElements);
    const industryIds = new Set((graph.nodes.get('Industry') ?? []).map((i) => i.id));
    for (const { industryId } of manifest.ids.showcase) expect(industryIds.has(industryId)).toBe(true);
    expect(industryIds.has(manifest.ids.sampleIndustry)).toBe(true);
  });

  it('writes a dataset folder the product reads, and a gap configuration scoped to the province', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'innochain-synthetic-'));
    dirs.push(dir);
    const files = await writeProvince(province, dir);
    const dataset = await readDataset(files.datasetDir);
    expect(dataset.nodes).toHaveLength(manifest.totalNodes);
    // The reader derives HAS_LINK, TARGET_FOR and MEASURES, so the relationship count comes out whole.
    expect(dataset.relationships).toHaveLength(manifest.totalRelationships);
    const config = syntheticGapConfig(manifest);
    expect(GapConfig.safeParse(config).success).toBe(true);
    expect(config.cityId).toBe(manifest.ids.province);
    expect(config.partnerRegionIds).toEqual(manifest.ids.partnerRegions);
    expect(config.asOfYear).toBe(TINY.asOfYear);
  });
});

/** The cities × industries firm counts of the generated graph, read from its rows as GET /api/compare counts them. */
function firmTable(): CountTable {
  const locatedIn = new Map((graph.relationships.get('LOCATED_IN') ?? []).map((r) => [r.from, r.to]));
  const partOf = new Map((graph.relationships.get('PART_OF') ?? []).map((r) => [r.from, r.to]));
  const cities = new Set(manifest.ids.cities);
  const cityOf = (id: string): string | undefined => {
    let at = locatedIn.get(id);
    while (at && !cities.has(at)) at = locatedIn.get(at) ?? partOf.get(at);
    return at;
  };
  const industryOfLink = new Map((graph.nodes.get('ChainLink') ?? []).map((l) => [l.id, String(l.industryId)]));
  const firms = new Map<string, Set<string>>();
  for (const { from, to } of graph.relationships.get('COVERS') ?? []) {
    const city = from.startsWith('syn-e') ? cityOf(from) : undefined;
    if (city) firms.set(`${city}|${industryOfLink.get(to)}`, (firms.get(`${city}|${industryOfLink.get(to)}`) ?? new Set()).add(from));
  }
  const industries = (graph.nodes.get('Industry') ?? []).map((i) => i.id);
  const counts = Object.fromEntries(
    manifest.ids.cities.map((c) => [c, Object.fromEntries(industries.map((i) => [i, firms.get(`${c}|${i}`)?.size ?? 0]))]),
  );
  return { measure: 'firms', regions: manifest.ids.cities, industries, counts };
}
