// POST /api/briefings refuses what it cannot make with 400 naming the field, in English and Chinese,
// before any rendering; and both briefing routes are in the OpenAPI document.
import { describe, expect, it } from 'vitest';
import { briefingTestServer, INDUSTRY, json } from '../helpers/briefings';

const fx = briefingTestServer();
const { get, post, scalar } = fx;

describe('POST /api/briefings: bad requests', () => {
  it('names an unknown industry id by its position', async () => {
    const answer = await post({ scope: { kind: 'industries', ids: [INDUSTRY, 'no-such-industry'] }, format: 'docx' });
    expect(answer.status).toBe(400);
    const detail = json(answer).error.details[0]!;
    expect(detail.field).toBe('body.scope.ids[1]');
    expect(detail.reason).toContain('no-such-industry');
    expect(detail.reasonZh).toContain('no-such-industry');
  });

  it('refuses an industry the gap engine does not rate, pointing to its parent', async () => {
    const subsector = await scalar<string | null>(
      'MATCH (s:Industry)-[:SUBSECTOR_OF]->(:Industry) RETURN s.id AS id LIMIT 1',
      {},
      'id',
    );
    expect(subsector).toBeTruthy();
    expect(fx.rows.some((r) => r.industry.id === subsector)).toBe(false);
    const answer = await post({ scope: { kind: 'industries', ids: [subsector] }, format: 'pdf' });
    expect(answer.status).toBe(400);
    expect(json(answer).error.details[0]).toMatchObject({ field: 'body.scope.ids[0]' });
    expect(json(answer).error.details[0]?.reasonZh).toContain('不在缺口分析范围内');
  });

  it('refuses an empty selection, an unknown format, an unknown scope kind and a malformed id', async () => {
    const empty = await post({ scope: { kind: 'industries', ids: [] }, format: 'docx' });
    expect(empty.status).toBe(400);
    expect(json(empty).error.details[0]).toMatchObject({ field: 'body.scope.ids', reason: 'select at least one industry', reasonZh: '请至少选择一个产业' });

    const format = await post({ scope: { kind: 'city' }, format: 'xlsx' });
    expect(format.status).toBe(400);
    expect(json(format).error.details[0]?.field).toBe('body.format');
    expect(json(format).error.details[0]?.reasonZh).toBeTruthy();

    const kind = await post({ scope: { kind: 'region' }, format: 'pdf' });
    expect(kind.status).toBe(400);
    expect(json(kind).error.details[0]?.field).toMatch(/^body\.scope/);

    const malformed = await post({ scope: { kind: 'industries', ids: ['Bad Id'] }, format: 'pdf' });
    expect(malformed.status).toBe(400);
    expect(json(malformed).error.details[0]?.field).toBe('body.scope.ids[0]');

    const missing = await post({ scope: { kind: 'city' } });
    expect(missing.status).toBe(400);
  });

  it('is listed in the OpenAPI document', async () => {
    const doc = JSON.parse((await get('/api/openapi.json')).body.toString('utf8')) as { paths: Record<string, Record<string, unknown>> };
    expect(doc.paths['/api/briefings']?.post).toBeTruthy();
    expect(doc.paths['/api/briefings/view']?.get).toBeTruthy();
  });
});
