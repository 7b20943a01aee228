// Pure parts of the read API: the label ↔ collection mapping, which filters apply to which label, the
// Lucene query builder, and the whole-graph document checks (no database needed for any of them).
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_SPECS } from '../../graph/model';
import { AppError } from '../../server/errors';
import { COLLECTIONS, COLLECTION_OF, entityPath } from '../../server/entities/collections';
import { filtersFor, labelsAccepting } from '../../server/entities/filters';
import { listQuerySchema } from '../../server/entities/schema';
import { escapeLucene, toLuceneQuery } from '../../server/search/lucene';
import { checkGraphDocument } from '../../server/exchange';

describe('collections', () => {
  it('give every label one plural kebab-case collection, all distinct', () => {
    expect(COLLECTIONS.map((c) => c.label).sort()).toEqual([...NODE_LABELS].sort());
    const names = Object.values(COLLECTION_OF);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*s$/);
    expect(COLLECTION_OF.ChainLink).toBe('chain-links');
    expect(COLLECTION_OF.TechField).toBe('tech-fields');
    expect(COLLECTION_OF.InnovationCentre).toBe('innovation-centres');
    expect(entityPath('Industry', 'high-end-textiles')).toBe('/api/industries/high-end-textiles');
  });
});

describe('list filters', () => {
  it('offer tier only on industries and kind only where the label has a kind', () => {
    expect(labelsAccepting('tier', NODE_LABELS)).toEqual(['Industry']);
    expect(labelsAccepting('kind', NODE_LABELS).sort()).toEqual(['Fund', 'Institute', 'Park', 'Plan', 'Platform', 'Region']);
  });

  it('offer region to every label that can be LOCATED_IN, KEY_INDUSTRY_OF or PART_OF a region', () => {
    const expected = new Set([...RELATIONSHIP_SPECS.LOCATED_IN.from, 'Industry', 'Region']);
    expect(new Set(labelsAccepting('region', NODE_LABELS))).toEqual(expected);
    expect(filtersFor('Target').has('region')).toBe(false);
  });

  it('offer industry to chain links, role holders, technology fields, targets and indicators, not to regions', () => {
    // Targets and indicators may CONCERN an industry (an industry briefing prints only its own).
    for (const label of ['ChainLink', 'Enterprise', 'Platform', 'Fund', 'Plan', 'Park', 'TechField', 'Industry', 'Target', 'Indicator'] as const) {
      expect(filtersFor(label).has('industry'), label).toBe(true);
    }
    for (const label of ['Region', 'Measurement'] as const) {
      expect(filtersFor(label).has('industry'), label).toBe(false);
    }
  });

  it('build each list schema with only the filters that apply, and the label’s own kinds', () => {
    expect(Object.keys(listQuerySchema('Target').shape).sort()).toEqual(['industry', 'limit', 'offset', 'q', 'sort', 'sourceKind']);
    const parks = listQuerySchema('Park');
    expect(parks.safeParse({ kind: 'co-built-park' }).success).toBe(true);
    expect(parks.safeParse({ kind: 'university' }).success).toBe(false);
    expect(parks.parse({})).toMatchObject({ offset: 0, limit: 50, sort: 'id' });
    expect(parks.safeParse({ limit: '501' }).success).toBe(false);
    expect(parks.safeParse({ limit: '500' }).success).toBe(true);
  });
});

describe('toLuceneQuery', () => {
  it('escapes every Lucene operator character and nothing else', () => {
    const operators = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(operators)).toBe([...operators].map((c) => `\\${c}`).join(''));
    expect(escapeLucene('高端纺织 textiles 5G')).toBe('高端纺织 textiles 5G');
  });

  it('makes Chinese words phrases and other words whole-or-prefix terms, all required', () => {
    expect(toLuceneQuery('纺织')).toBe('+"纺织"');
    expect(toLuceneQuery('  High  textil ')).toBe('+(high^2 OR high*) +(textil^2 OR textil*)');
    expect(toLuceneQuery('5G通信 AND')).toBe('+"5g通信" +(and^2 OR and*)');
  });

  it('leaves no unescaped quote, colon, bracket or tilde from user text', () => {
    const query = toLuceneQuery('"纺织 name:x (a ~b');
    expect(query).toBe('+"\\"纺织" +(name\\:x^2 OR name\\:x*) +(\\(a^2 OR \\(a*) +(\\~b^2 OR \\~b*)');
  });
});

const industry = (id: string, extra: Record<string, unknown> = {}) => ({
  label: 'Industry',
  properties: { id, nameZh: '产业', nameEn: 'Industry', tier: 'emerging', sourceKind: 'document', sourceRef: '三(一)', ...extra },
});
const doc = (nodes: unknown[], relationships: unknown[] = []) => ({ format: 'innochain-graph', version: 1, nodes, relationships });

function problems(input: unknown): { field: string; reason: string; reasonZh: string }[] {
  try {
    checkGraphDocument(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).details;
  }
  return [];
}

describe('checkGraphDocument', () => {
  it('accepts a minimal document, with server-managed fields on nodes and relationships', () => {
    const edited = { type: 'SUBSECTOR_OF', from: 'a', to: 'b', properties: { sourceKind: 'user', sourceRef: 'user:x', version: 2 } };
    expect(problems(doc([industry('a', { version: 3, dataset: 'nantong' }), industry('b')], [edited]))).toEqual([]);
  });

  it('names the path of a node that breaks its label’s schema', () => {
    const fields = problems(doc([industry('a'), industry('b', { tier: 'ancient' })])).map((d) => d.field);
    expect(fields).toEqual(['nodes[1].properties.tier']);
  });

  it('rejects unknown properties, unknown labels and a wrong format', () => {
    expect(problems(doc([industry('a', { colour: 'red' })]))[0]?.field).toBe('nodes[0].properties');
    expect(problems(doc([{ label: 'Spaceship', properties: {} }]))[0]?.field).toBe('nodes[0].label');
    expect(problems({ ...doc([]), format: 'other' })[0]?.field).toBe('format');
    expect(problems({ ...doc([]), version: 2 })[0]?.field).toBe('version');
    expect(problems('not a document')[0]?.field).toBe('(root)');
  });

  it('rejects duplicate ids, dangling and disallowed relationships, and duplicates', () => {
    const rel = (type: string, from: string, to: string) => ({ type, from, to, properties: { sourceKind: 'domain', sourceRef: 'x' } });
    const details = problems(
      doc(
        [industry('a'), industry('b'), industry('a')],
        [rel('SUBSECTOR_OF', 'a', 'b'), rel('SUBSECTOR_OF', 'a', 'missing'), rel('LEADS', 'a', 'b'), rel('SUBSECTOR_OF', 'a', 'b')],
      ),
    );
    expect(details.map((d) => d.field)).toEqual([
      'nodes[2].properties.id',
      'relationships[1].to',
      'relationships[2].type',
      'relationships[3]',
    ]);
  });

  it('names every problem at once: a node with a bad field still has its reference checked', () => {
    const link = {
      label: 'ChainLink',
      properties: { id: 'l', nameZh: '环节', nameEn: 'Link', industryId: 'nowhere', stage: 'sideways', order: 1, sourceKind: 'domain', sourceRef: 'x' },
    };
    const rel = { type: 'SUBSECTOR_OF', from: 'a', to: 'missing', properties: { sourceKind: 'rumour', sourceRef: 'x' } };
    const fields = problems(doc([industry('a'), link], [rel])).map((d) => d.field);
    expect(fields).toEqual(['nodes[1].properties.stage', 'relationships[0].properties.sourceKind', 'nodes[1].properties.industryId', 'relationships[0].to']);
  });

  it('reports a rejected node once, naming what references it, without an error for each of them', () => {
    const link = (id: string) => ({
      label: 'ChainLink',
      properties: { id, nameZh: '环节', nameEn: 'Link', industryId: 'bad', stage: 'upstream', order: 1, sourceKind: 'domain', sourceRef: 'x' },
    });
    const rel = { type: 'SUBSECTOR_OF', from: 'bad', to: 'a', properties: { sourceKind: 'domain', sourceRef: 'x' } };
    const details = problems(doc([industry('a'), industry('bad', { tier: 'ancient' }), link('l1'), link('l2')], [rel]));
    expect(details.map((d) => d.field)).toEqual(['nodes[1].properties.tier']);
    expect(details[0]?.reason).toMatch(/; referenced by 3 items: nodes\[2\], nodes\[3\], relationships\[0\]$/);
    expect(details[0]?.reasonZh).toMatch(/；被 3 项引用：nodes\[2\], nodes\[3\], relationships\[0\]$/);
  });

  it('checks that reference properties name a node of the right label', () => {
    const link = {
      label: 'ChainLink',
      properties: { id: 'l', nameZh: '环节', nameEn: 'Link', industryId: 'nowhere', stage: 'upstream', order: 1, sourceKind: 'domain', sourceRef: 'x' },
    };
    expect(problems(doc([industry('a'), link])).map((d) => d.field)).toEqual(['nodes[1].properties.industryId']);
  });
});
