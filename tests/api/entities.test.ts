// GET /api/<collection>, /api/<collection>/:id and /api/entities/:id on the seeded graph. Expected
// answers are worked out here from the dataset files themselves, not copied from the API.
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, type EntityDto, type NodeLabel } from '../../graph/model';
import { COLLECTION_OF } from '../../server/entities/collections';
import { EntityDetail, EntityPage } from '../../server/entities/schema';
import { readDataset, type Dataset } from '../../server/datasets/read';
import { datasetDir } from '../../server/datasets';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';
import type { ApiErrorBody as ErrorBody } from '../../graph/model';

interface Page {
  items: EntityDto[];
  total: number;
  offset: number;
  limit: number;
}

let nodes: Dataset['nodes'];
let relationships: Dataset['relationships'];

const fx = seededTestServer({ datasets: ['nantong', 'demo'] });

beforeAll(async () => {
  const datasets = await Promise.all(['nantong', 'chains', 'demo'].map((name) => readDataset(datasetDir(name))));
  nodes = datasets.flatMap((d) => d.nodes);
  relationships = datasets.flatMap((d) => d.relationships);
});

const get = <T>(path: string) => getJson(fx.baseUrl, path) as Promise<{ status: number; body: T }>;
const ids = (page: Page) => page.items.map((i) => i.id).sort();
const idsOf = (label: NodeLabel, keep: (p: Record<string, unknown>) => boolean = () => true) =>
  nodes.filter((n) => n.label === label && keep(n.properties)).map((n) => n.properties.id).sort();

/** Every item of a list, page by page. */
async function all(path: string): Promise<Page> {
  const sep = path.includes('?') ? '&' : '?';
  const first = await get<Page>(`${path}${sep}limit=500`);
  expect(first.status).toBe(200);
  EntityPage.parse(first.body); // the response matches the schema the OpenAPI document publishes
  expect(first.body.items.length).toBe(first.body.total);
  return first.body;
}

async function expect400(path: string, field: string): Promise<ErrorBody['error']> {
  const { status, body } = await get<ErrorBody>(path);
  expect(status, path).toBe(400);
  expect(body.error.code).toBe('validation_failed');
  const detail = body.error.details.find((d) => d.field === field);
  expect(detail, `${path}: ${JSON.stringify(body.error.details)}`).toBeDefined();
  expect(detail?.reason).toBeTruthy();
  expect(detail?.reasonZh).toMatch(/\p{Script=Han}/u);
  return body.error;
}

describe('lists', () => {
  it('list every label under its collection, with the total the datasets hold', async () => {
    for (const label of NODE_LABELS) {
      const page = await all(`/api/${COLLECTION_OF[label]}`);
      expect(page.total, label).toBe(idsOf(label).length);
      expect(ids(page), label).toEqual(idsOf(label));
      for (const item of page.items) expect(item.label).toBe(label);
    }
  });

  it('page with offset and limit over a stable id order', async () => {
    const whole = await all('/api/chain-links');
    const sorted = [...whole.items.map((i) => i.id)].sort((a, b) => (a < b ? -1 : 1));
    expect(whole.items.map((i) => i.id)).toEqual(sorted);
    const first = await get<Page>('/api/chain-links?limit=7');
    const second = await get<Page>('/api/chain-links?limit=7&offset=7');
    expect(first.body).toMatchObject({ offset: 0, limit: 7, total: whole.total });
    expect(second.body).toMatchObject({ offset: 7, limit: 7, total: whole.total });
    expect([...first.body.items, ...second.body.items].map((i) => i.id)).toEqual(sorted.slice(0, 14));
    const beyond = await get<Page>(`/api/chain-links?offset=${whole.total + 5}`);
    expect(beyond.body).toMatchObject({ items: [], total: whole.total });
  });

  it('sort by English name, case-insensitively, ties by id', async () => {
    const page = await all('/api/industries?sort=nameEn');
    const names = page.items.map((i) => i.nameEn.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('filter industries by tier and institutes by kind', async () => {
    expect(ids(await all('/api/industries?tier=seed'))).toEqual(idsOf('Industry', (p) => p.tier === 'seed'));
    expect(ids(await all('/api/institutes?kind=university'))).toEqual(idsOf('Institute', (p) => p.kind === 'university'));
  });

  it('filter by provenance', async () => {
    const page = await all('/api/enterprises?sourceKind=illustrative');
    expect(page.total).toBeGreaterThan(0);
    expect(ids(page)).toEqual(idsOf('Enterprise', (p) => p.sourceKind === 'illustrative'));
    expect(page.items.every((i) => i.illustrative)).toBe(true);
    expect((await all('/api/industries?sourceKind=illustrative')).total).toBe(idsOf('Industry', (p) => p.sourceKind === 'illustrative').length);
  });

  it('find names containing text, Chinese or English in any case', async () => {
    const zh = ids(await all(`/api/industries?q=${encodeURIComponent('纺织')}`));
    expect(zh).toEqual(idsOf('Industry', (p) => String(p.nameZh).includes('纺织')));
    expect(zh).toContain('high-end-textiles');
    const en = ids(await all('/api/industries?q=TEXTILES'));
    expect(en).toEqual(idsOf('Industry', (p) => String(p.nameEn).toLowerCase().includes('textiles')));
  });

  it('filter by region: located there, in a park there, or in a region part of it', async () => {
    // Regions inside R (R itself and everything PART_OF it, transitively), from the dataset files.
    const within = (region: string): Set<string> => {
      const inside = new Set([region]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const r of relationships) {
          if (r.type === 'PART_OF' && inside.has(r.to) && !inside.has(r.from)) {
            inside.add(r.from);
            grew = true;
          }
        }
      }
      return inside;
    };
    const locatedWithin = (region: string): Set<string> => {
      const inside = within(region);
      const direct = relationships.filter((r) => r.type === 'LOCATED_IN' && inside.has(r.to)).map((r) => r.from);
      const viaPark = relationships.filter((r) => r.type === 'LOCATED_IN' && direct.includes(r.to)).map((r) => r.from);
      return new Set([...direct, ...viaPark]);
    };
    for (const region of ['nantong', 'jiangsu', 'shanghai', 'chongchuan-district']) {
      const expected = idsOf('Enterprise', (p) => locatedWithin(region).has(String(p.id)));
      expect(ids(await all(`/api/enterprises?region=${region}`)), region).toEqual(expected);
    }
    const inNantong = ids(await all('/api/enterprises?region=nantong'));
    expect(inNantong.length).toBeGreaterThan(0);
    expect(inNantong).not.toContain(relationships.find((r) => r.type === 'LOCATED_IN' && r.to === 'shanghai' && r.from.startsWith('demo'))?.from);
    const subRegions = ids(await all('/api/regions?region=nantong'));
    expect(subRegions).toEqual([...within('nantong')].filter((id) => id !== 'nantong').sort());
  });

  it('filter by industry: its chain links, the firms that lead it or cover its links, what it needs', async () => {
    const industry = 'high-end-textiles';
    const links = idsOf('ChainLink', (p) => p.industryId === industry);
    expect(links.length).toBeGreaterThan(0);
    expect(ids(await all(`/api/chain-links?industry=${industry}`))).toEqual(links);

    const firms = new Set(
      relationships
        .filter((r) => (r.type === 'LEADS' && r.to === industry) || (r.type === 'COVERS' && links.includes(r.to)))
        .map((r) => r.from),
    );
    expect(ids(await all(`/api/enterprises?industry=${industry}`))).toEqual(idsOf('Enterprise', (p) => firms.has(String(p.id))));

    const needs = new Set(
      relationships.filter((r) => r.type === 'NEEDS' && (r.from === industry || links.includes(r.from))).map((r) => r.to),
    );
    expect(ids(await all(`/api/tech-fields?industry=${industry}`))).toEqual(idsOf('TechField', (p) => needs.has(String(p.id))));

    const subsectors = relationships.filter((r) => r.type === 'SUBSECTOR_OF' && r.to === industry).map((r) => r.from).sort();
    expect(ids(await all(`/api/industries?industry=${industry}`))).toEqual(subsectors);
  });

  it('combine filters (all must hold)', async () => {
    const page = await all('/api/enterprises?industry=high-end-textiles&sourceKind=document');
    expect(page.total).toBe(0);
    const both = ids(await all('/api/platforms?region=nantong&industry=high-end-textiles'));
    const onlyRegion = ids(await all('/api/platforms?region=nantong'));
    const onlyIndustry = ids(await all('/api/platforms?industry=high-end-textiles'));
    expect(both).toEqual(onlyRegion.filter((id) => onlyIndustry.includes(id)));
  });
});

describe('bad list queries are a 400 naming the field, never a 500', () => {
  it('reject a filter that does not apply to the label', async () => {
    const error = await expect400('/api/regions?tier=seed', 'query.tier');
    expect(error.details[0]?.reason).toContain('industries');
    await expect400('/api/targets?kind=policy', 'query.kind');
    await expect400('/api/targets?region=nantong', 'query.region');
    await expect400('/api/regions?industry=high-end-textiles', 'query.industry');
  });

  it('reject bad values', async () => {
    await expect400('/api/parks?kind=university', 'query.kind');
    await expect400('/api/industries?tier=ancient', 'query.tier');
    await expect400('/api/industries?limit=501', 'query.limit');
    await expect400('/api/industries?limit=0', 'query.limit');
    await expect400('/api/industries?limit=2.5', 'query.limit');
    await expect400('/api/industries?offset=-1', 'query.offset');
    await expect400('/api/industries?offset=many', 'query.offset');
    await expect400('/api/industries?sort=colour', 'query.sort');
    await expect400('/api/industries?sourceKind=rumour', 'query.sourceKind');
    await expect400(`/api/industries?q=${'长'.repeat(101)}`, 'query.q');
    await expect400('/api/industries?q=%20%20', 'query.q');
    await expect400('/api/industries?limit=1&limit=2', 'query.limit');
    await expect400('/api/industries?q[a]=1', 'query.q');
    await expect400('/api/enterprises?region=Not_A_Slug', 'query.region');
  });

  it('reject unknown parameters and ids of the wrong kind, reporting every problem at once', async () => {
    const error = await expect400('/api/industries?colour=red&limit=999', 'query.colour');
    expect(error.details.map((d) => d.field).sort()).toEqual(['query.colour', 'query.limit']);
    await expect400('/api/enterprises?region=no-such-region', 'query.region');
    const wrongLabel = await expect400('/api/enterprises?industry=nantong', 'query.industry');
    expect(wrongLabel.details[0]?.reason).toContain('Industry');
  });
});

describe('details', () => {
  it('return the entity and its relationships in both directions, with provenance', async () => {
    const id = 'high-end-textiles';
    const { status, body } = await get<EntityDetail>(`/api/industries/${id}`);
    expect(status).toBe(200);
    EntityDetail.parse(body);
    expect(body.entity).toMatchObject({ id, label: 'Industry', nameZh: '高端纺织', illustrative: false });
    expect(body.entity.properties).toMatchObject({ sourceKind: 'document', sourceRef: '三(一)' });

    const touching = relationships.filter((r) => r.from === id || r.to === id);
    expect(body.relationshipCount).toBe(touching.length);
    expect(body.truncated).toBe(false);
    const key = (type: string, from: string, to: string) => `${from}|${type}|${to}`;
    expect(body.relationships.map((r) => r.id).sort()).toEqual(touching.map((r) => key(r.type, r.from, r.to)).sort());

    for (const edge of body.relationships) {
      const source = touching.find((r) => key(r.type, r.from, r.to) === edge.id);
      expect(edge.direction).toBe(source?.from === id ? 'out' : 'in');
      expect(edge.other.id).toBe(edge.direction === 'out' ? edge.to : edge.from);
      expect(edge.sourceKind).toBe(source?.sourceKind);
      expect(edge.sourceRef).toBe(source?.sourceRef);
      expect(edge.illustrative).toBe(source?.sourceKind === 'illustrative');
      const other = nodes.find((n) => n.properties.id === edge.other.id);
      expect(edge.other).toEqual({
        id: other?.properties.id,
        label: other?.label,
        nameZh: other?.properties.nameZh,
        nameEn: other?.properties.nameEn,
        illustrative: other?.properties.sourceKind === 'illustrative',
      });
    }
    const links = body.relationships.filter((r) => r.type === 'HAS_LINK');
    expect(links.every((r) => r.direction === 'out' && r.other.label === 'ChainLink')).toBe(true);
    expect(body.relationships.find((r) => r.type === 'SUBSECTOR_OF')).toMatchObject({ direction: 'in', other: { id: 'modern-home-textiles' } });
  });

  it('find any entity through /api/entities/:id and each through its own collection', async () => {
    for (const label of NODE_LABELS) {
      const sample = nodes.find((n) => n.label === label);
      if (!sample) continue;
      const byAny = await get<EntityDetail>(`/api/entities/${sample.properties.id}`);
      expect(byAny.status).toBe(200);
      expect(byAny.body.entity.label).toBe(label);
      const byCollection = await get<EntityDetail>(`/api/${COLLECTION_OF[label]}/${sample.properties.id}`);
      expect(byCollection.status).toBe(200);
      expect(byCollection.body.entity.id).toBe(sample.properties.id);
    }
  });

  it('answer an unknown id with 404 and a malformed one with 400', async () => {
    for (const path of ['/api/industries/no-such-industry', '/api/entities/no-such-node']) {
      const { status, body } = await get<ErrorBody>(path);
      expect(status).toBe(404);
      expect(body.error.code).toBe('not_found');
      expect(body.error.messageZh).toMatch(/未找到/);
    }
    const wrong = await get<ErrorBody>('/api/regions/high-end-textiles');
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.message).toContain('/api/industries/high-end-textiles');
    await expect400('/api/industries/High_End', 'params.id');
    await expect400(`/api/entities/${'x'.repeat(101)}`, 'params.id');
    await expect400('/api/entities/%E7%BA%BA%E7%BB%87', 'params.id');
  });
});
