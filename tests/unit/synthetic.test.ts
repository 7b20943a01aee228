// The synthetic province generator: deterministic, every row valid against the model, every rule
// planted, and its dataset folder readable by the product's own dataset reader.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allowsEndpoints, GAP_RULE_IDS, GapConfig, NODE_SCHEMAS, type NodeLabel } from '../../graph/model';
import { generateProvince, syntheticGapConfig, TINY, writeProvince } from '../../seeds/synthetic';
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
    const industries = graph.nodes.get('Industry') ?? [];
    expect(industries).toHaveLength(TINY.cities * TINY.industriesPerCity);
    expect(graph.nodes.get('ChainLink')).toHaveLength(industries.length * TINY.linksPerIndustry);
    expect(graph.nodes.get('Enterprise')).toHaveLength(TINY.firms);
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
