// The console's example queries (graph/model/consoleExamples.ts) all run under the read-only guard
// against the nantong dataset, and CALL db.schema.visualization() comes back as a graph to draw.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody, ConsoleResult } from '../../graph/model';
import { CONSOLE_EXAMPLES } from '../../graph/model/consoleExamples';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

const fx = seededTestServer({ datasets: ['nantong'], server: { openRead: false } });
let analyst: ApiClient;

beforeAll(async () => {
  analyst = await fx.login('analyst');
});

const CJK = /[\u3400-\u9fff]/;

function paramsOf(text: string): Record<string, unknown> {
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

describe('console examples', () => {
  it('offers at least eight, each titled in Chinese and in English', () => {
    expect(CONSOLE_EXAMPLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(CONSOLE_EXAMPLES.map((e) => e.id)).size).toBe(CONSOLE_EXAMPLES.length);
    for (const example of CONSOLE_EXAMPLES) {
      expect(example.title.zh, example.id).toMatch(CJK);
      expect(example.title.en, example.id).not.toMatch(CJK);
    }
  });

  it.each(CONSOLE_EXAMPLES.map((e) => [e.id, e] as const))('%s runs under the guard', async (_id, example) => {
    const response = await analyst.post<ConsoleResult & ApiErrorBody>('/api/console/query', { cypher: example.cypher, params: paramsOf(example.params) });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.columns.length).toBeGreaterThan(0);
  });

  it('answers the six-ones question with one row per industry', async () => {
    const example = CONSOLE_EXAMPLES.find((e) => e.id === 'six-ones-missing');
    const industries = await fx.db.read((tx) => tx.run('MATCH (i:Industry) RETURN count(i) AS n'));
    const response = await analyst.post<ConsoleResult>('/api/console/query', { cypher: example?.cypher, params: {} });
    expect(response.status).toBe(200);
    expect(response.body.rowCount).toBe(industries.records[0]?.get('n'));
  });

  it('draws the schema: a node per label and the relationship types between them', async () => {
    const response = await analyst.post<ConsoleResult>('/api/console/query', { cypher: 'CALL db.schema.visualization()', params: {} });
    expect(response.status).toBe(200);
    const nodes = response.body.elements.filter((e) => e.group === 'nodes');
    const edges = response.body.elements.filter((e) => e.group === 'edges');
    const labels = nodes.map((n) => n.data.type);
    expect(labels).toContain('Industry');
    expect(labels).toContain('Region');
    // Bookkeeping labels stay out of the picture.
    expect(labels).not.toContain('User');
    expect(labels).not.toContain('Session');
    // Nor is the Entity label every node carries, which would tie every type to everything.
    expect(labels).not.toContain('Entity');
    const keyIndustry = edges.find((e) => e.data.type === 'KEY_INDUSTRY_OF');
    expect(keyIndustry && [keyIndustry.data.source, keyIndustry.data.target]).toEqual(['label:Industry', 'label:Region']);
    const ids = new Set(nodes.map((n) => n.data.id));
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
    const industry = nodes.find((n) => n.data.type === 'Industry');
    expect(industry?.data.nameZh).toBe('产业');
    expect(industry?.data.nameEn).toBe('Industry');
  });
});
