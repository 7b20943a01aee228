// GET /api/search through the `entity_names` full-text index (cjk analyzer) with a substring fallback.
import { describe, expect, it } from 'vitest';
import { search as runSearch } from '../../server/search/router';
import { SearchResult } from '../../server/search/schema';
import { datasetDir } from '../../server/datasets';
import { readDataset, type Dataset } from '../../server/datasets/read';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';
import type { ApiErrorBody as ErrorBody } from '../../graph/model';

let nodes: Dataset['nodes'];

const fx = seededTestServer({
  datasets: ['nantong', 'demo'],
  prepare: async (db) => {
    nodes = (await Promise.all(['nantong', 'chains', 'demo'].map((name) => readDataset(datasetDir(name))))).flatMap((d) => d.nodes);
    // The full-text index is eventually consistent: wait until it has caught up with the load.
    await db.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
  },
});

async function search(q: string, extra = ''): Promise<SearchResult> {
  const { status, body } = await getJson(fx.baseUrl, `/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(status, `${q}: ${JSON.stringify(body)}`).toBe(200);
  return SearchResult.parse(body); // the response matches the schema the OpenAPI document publishes
}
const idsOf = (result: SearchResult) => result.items.map((i) => i.id);
const nameZhContains = (text: string) => nodes.filter((n) => String(n.properties.nameZh).includes(text)).map((n) => n.properties.id);

describe('Chinese fragments', () => {
  it('find 高端纺织 and the JITRI textile institute by "纺织", the industry ranked first', async () => {
    const result = await search('纺织', '&limit=100');
    expect(idsOf(result)).toContain('high-end-textiles');
    expect(idsOf(result)).toContain('jitri-nantong-textile-silk-institute');
    expect(result.items[0]?.id).toBe('high-end-textiles');
    // Every node whose Chinese name holds the fragment is found.
    expect(idsOf(result).sort()).toEqual(expect.arrayContaining(nameZhContains('纺织')));
    expect(result.items.every((i) => i.match === 'fulltext' || i.score === 0)).toBe(true);
  });

  it('find by longer fragments as phrases, not by any of their characters', async () => {
    const result = await search('南通纺织');
    expect(idsOf(result)).toEqual(nameZhContains('南通纺织'));
    expect(idsOf(result)).not.toContain('nantong-university');
    expect(idsOf(await search('纺织丝绸技术研究所'))).toContain('jitri-nantong-textile-silk-institute');
    expect(idsOf(await search('光电'))).toContain('cas-nantong-optoelectronics-centre');
  });

  it('find by a single character through the substring fallback', async () => {
    const result = await search('纺', '&limit=100');
    expect(result.items.length).toBeGreaterThan(0);
    expect(idsOf(result).sort()).toEqual(nameZhContains('纺').sort());
    expect(result.items.every((i) => i.match === 'substring')).toBe(true);
  });
});

describe('English words', () => {
  it('match case-insensitively and by prefix', async () => {
    for (const q of ['textil', 'TEXTILES', 'Textiles']) {
      expect(idsOf(await search(q, '&limit=100')), q).toEqual(expect.arrayContaining(['high-end-textiles', 'modern-home-textiles']));
    }
    const all = await search('high end', '&limit=100');
    expect(all.items[0]?.id).toBe('high-end-textiles');
  });

  it('rank whole-word matches above prefix-only matches', async () => {
    const result = await search('aerospace', '&limit=100');
    expect(result.items[0]?.id).toBe('aerospace');
    const scores = result.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('aliases', () => {
  it('find 船舶及重装备 by the names its description gives it (船舶制造, 船舶海工, shipbuilding), through the index', async () => {
    expect((await search('船舶制造')).items[0]).toMatchObject({ id: 'shipbuilding-heavy-equipment', match: 'fulltext', industryId: 'shipbuilding-heavy-equipment' });
    for (const q of ['船舶制造', '船舶海工', 'Shipbuilding', 'offshore engineering']) {
      const hit = (await search(q)).items.find((i) => i.id === 'shipbuilding-heavy-equipment');
      expect(hit, q).toMatchObject({ match: 'fulltext', aliases: ['船舶海工', '船舶制造', 'Ship and offshore engineering', 'Shipbuilding'] });
    }
  });

  it('find by a fragment of an alias through the substring fallback', async () => {
    // "ffshore" is no word or word start, so only the substring scan over the aliases finds it.
    const result = await search('ffshore engineering');
    expect(result.items.find((i) => i.id === 'shipbuilding-heavy-equipment')?.match).toBe('substring');
  });
});

describe('results', () => {
  it('say which industry chain a chain link sits in, and which industries a node serves', async () => {
    const link = nodes.find((n) => n.label === 'ChainLink');
    const result = await search(String(link?.properties.nameZh));
    const hit = result.items.find((i) => i.id === link?.properties.id);
    expect(hit).toMatchObject({ label: 'ChainLink', industryId: link?.properties.industryId });
    expect(hit?.industries.map((i) => i.id)).toContain(link?.properties.industryId);

    const institute = (await search('省产研院南通纺织丝绸技术研究所')).items.find((i) => i.id === 'jitri-nantong-textile-silk-institute');
    expect(institute).toMatchObject({ label: 'Institute', industryId: null, illustrative: false });
    expect(institute?.industries.map((i) => i.id)).toContain('high-end-textiles');

    const industry = (await search('高端纺织')).items.find((i) => i.id === 'high-end-textiles');
    expect(industry?.industryId).toBe('high-end-textiles');
  });

  it('flag illustrative nodes and filter by label', async () => {
    const result = await search('textile', '&label=Enterprise&limit=100');
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.every((i) => i.label === 'Enterprise')).toBe(true);
    for (const item of result.items) {
      const node = nodes.find((n) => n.properties.id === item.id);
      expect(item.illustrative).toBe(node?.properties.sourceKind === 'illustrative');
    }
  });

  it('respect the limit', async () => {
    expect((await search('a', '&limit=3')).items).toHaveLength(3);
  });
});

const NASTY = ['"', 'name:纺织', '(textile', 'textile~', '纺织"', '*', '?', '\\', 'a AND OR NOT', '[1 TO 9]', '{', '^2', '!', '&&', '||', '/', '":(~', '- +'];

describe('user text is never Lucene syntax', () => {
  it('answers queries full of operators without an error', async () => {
    for (const q of NASTY) {
      const result = await search(q);
      expect(Array.isArray(result.items), q).toBe(true);
    }
    // The special characters are searched for literally, not interpreted.
    expect(idsOf(await search('name:纺织'))).not.toContain('high-end-textiles');
    expect(idsOf(await search('(高端纺织'))).toContain('high-end-textiles');
  });

  it('never makes the full-text procedure reject the query (so the fallback is not hiding errors)', async () => {
    const rejected: string[] = [];
    for (const q of NASTY) {
      await runSearch(fx.db, { q, limit: 5 }, () => rejected.push(q));
    }
    expect(rejected).toEqual([]);
  });
});

describe('bad parameters are a 400 naming the field', () => {
  it.each([
    ['', 'query.q'],
    ['?q=', 'query.q'],
    [`?q=${'x'.repeat(101)}`, 'query.q'],
    ['?q=a&label=Spaceship', 'query.label'],
    ['?q=a&limit=0', 'query.limit'],
    ['?q=a&limit=101', 'query.limit'],
    ['?q=a&colour=red', 'query.colour'],
    ['?q=a&q=b', 'query.q'],
  ])('/api/search%s', async (query, field) => {
    const { status, body } = await getJson(fx.baseUrl, `/api/search${query}`);
    expect(status).toBe(400);
    expect((body as ErrorBody).error.details.map((d) => d.field)).toContain(field);
  });
});
