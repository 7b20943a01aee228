// Valid time (validFrom / validTo) on nodes and relationships: edited and read back through the detail,
// refused when malformed or reversed (a 400 naming the field, nothing changed), recorded as a revision,
// imported from a spreadsheet, and heeded by the gap engine: a lead firm that no longer leads fills nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody, GapMatrix } from '../../graph/model';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

let editor: ApiClient;

interface NodeView {
  node: { id: string; properties: Record<string, unknown> };
  version: number;
}
interface RelationshipView {
  relationship: { type: string; from: string; to: string; properties: Record<string, unknown> };
  version: number;
}
interface Detail {
  entity: { id: string; properties: Record<string, unknown> };
  relationships: { type: string; direction: string; other: { id: string }; properties: Record<string, unknown> }[];
}

const fx = seededTestServer({ datasets: ['nantong'], server: { openRead: false } });

const INDUSTRY = 'validity-industry';
const FIRM = 'validity-firm';
const LEADS = `/api/edit/relationships/LEADS/${FIRM}/${INDUSTRY}`;

beforeAll(async () => {
  editor = await fx.login('editor');
  // A key industry of the home city with one local lead firm, built through the edit API.
  const industry = await editor.post('/api/edit/nodes', { label: 'Industry', properties: { id: INDUSTRY, nameZh: '有效期测试产业', nameEn: 'Validity test industry', tier: 'emerging' } });
  expect(industry.status, JSON.stringify(industry.body)).toBe(201);
  const firm = await editor.post('/api/edit/nodes', { label: 'Enterprise', properties: { id: FIRM, nameZh: '有效期测试企业', nameEn: 'Validity test firm' } });
  expect(firm.status, JSON.stringify(firm.body)).toBe(201);
  for (const [type, from, to] of [
    ['KEY_INDUSTRY_OF', INDUSTRY, 'nantong'],
    ['LOCATED_IN', FIRM, 'nantong'],
  ] as const) {
    const created = await editor.post('/api/edit/relationships', { type, from, to });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  const leads = await editor.post<RelationshipView>('/api/edit/relationships', { type: 'LEADS', from: FIRM, to: INDUSTRY, validFrom: '2010' });
  expect(leads.status, JSON.stringify(leads.body)).toBe(201);
  expect(leads.body.relationship.properties.validFrom).toBe('2010');
});

async function detail(id: string): Promise<Detail> {
  const response = await editor.get<Detail>(`/api/entities/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

async function leadFirmCell(): Promise<{ status: string; holders: { id: string }[] }> {
  const response = await editor.get<GapMatrix>(`/api/gaps/matrix?industry=${INDUSTRY}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const cell = response.body.rows.find((r) => r.industry.id === INDUSTRY)?.cells.leadFirm;
  if (!cell) throw new Error('the test industry is not analysed');
  return cell;
}

async function version(path: string): Promise<number> {
  const response = await editor.get<{ version: number }>(path);
  expect(response.status).toBe(200);
  return response.body.version;
}

async function revisions(where: string, params: Record<string, string>): Promise<string[][]> {
  const result = await fx.db.read((tx) => tx.run(`MATCH (v:Revision) WHERE ${where} RETURN v.changed AS changed ORDER BY v.atMs, v.seq`, params));
  return result.records.map((r) => r.get('changed') as string[]);
}

function expectBadField(response: { status: number; body: unknown }, field: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  const details = (response.body as ApiErrorBody).error.details;
  const detail = details.find((d) => d.field === field);
  expect(detail, JSON.stringify(details)).toBeDefined();
  expect(detail?.reason).not.toMatch(/[\u4e00-\u9fff]/);
  expect(detail?.reasonZh).toMatch(/[\u4e00-\u9fff]/);
}

describe('editing validity', () => {
  it('keeps a node’s validFrom and validTo, shows them in the detail, and records a revision', async () => {
    const v = await version(`/api/edit/nodes/${FIRM}`);
    const updated = await editor.request<NodeView>('PATCH', `/api/edit/nodes/${FIRM}`, { json: { version: v, changes: { validFrom: '2008-03', validTo: '2030' } } });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect((await detail(FIRM)).entity.properties).toMatchObject({ validFrom: '2008-03', validTo: '2030' });
    const changed = await revisions('v.nodeId = $id', { id: FIRM });
    expect(changed.at(-1)).toEqual(expect.arrayContaining(['validFrom', 'validTo']));
    // null removes a bound again
    const cleared = await editor.request<NodeView>('PATCH', `/api/edit/nodes/${FIRM}`, { json: { version: updated.body.version, changes: { validTo: null } } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.node.properties).not.toHaveProperty('validTo');
  });

  it('keeps a relationship’s validity and lists it with the relationship in the detail', async () => {
    const v = await version(LEADS);
    const updated = await editor.request<RelationshipView>('PATCH', LEADS, { json: { version: v, changes: { validFrom: '2011-06-01', validTo: '2099' } } });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const edge = (await detail(FIRM)).relationships.find((r) => r.type === 'LEADS' && r.other.id === INDUSTRY);
    expect(edge?.properties).toMatchObject({ validFrom: '2011-06-01', validTo: '2099' });
    const changed = await revisions('v.type = $type AND v.fromId = $from AND v.toId = $to', { type: 'LEADS', from: FIRM, to: INDUSTRY });
    expect(changed.at(-1)).toEqual(expect.arrayContaining(['validFrom', 'validTo']));
  });

  it('refuses a malformed date with a 400 naming the field, and changes nothing', async () => {
    const before = await detail(FIRM);
    const v = await version(`/api/edit/nodes/${FIRM}`);
    expectBadField(await editor.request('PATCH', `/api/edit/nodes/${FIRM}`, { json: { version: v, changes: { validFrom: '2010-13' } } }), 'body.changes.validFrom');
    expectBadField(await editor.request('PATCH', `/api/edit/nodes/${FIRM}`, { json: { version: v, changes: { validTo: '31/12/2010' } } }), 'body.changes.validTo');
    const rv = await version(LEADS);
    expectBadField(await editor.request('PATCH', LEADS, { json: { version: rv, changes: { validFrom: 'soon' } } }), 'body.changes.validFrom');
    expectBadField(
      await editor.post('/api/edit/nodes', { label: 'Park', properties: { id: 'validity-bad-park', nameZh: '园区', nameEn: 'Park', kind: 'science-park', validFrom: '20100' } }),
      'body.properties.validFrom',
    );
    expect(await detail(FIRM)).toEqual(before);
    expect(await version(`/api/edit/nodes/${FIRM}`)).toBe(v);
    expect(await version(LEADS)).toBe(rv);
    expect((await editor.get('/api/entities/validity-bad-park')).status).toBe(404);
  });

  it('refuses validFrom after validTo, on nodes and relationships, new or changed', async () => {
    const before = await detail(FIRM);
    const v = await version(`/api/edit/nodes/${FIRM}`);
    // The stored validFrom (2008-03) with a new validTo before it.
    expectBadField(await editor.request('PATCH', `/api/edit/nodes/${FIRM}`, { json: { version: v, changes: { validTo: '2007' } } }), 'body.changes.validTo');
    const rv = await version(LEADS);
    expectBadField(await editor.request('PATCH', LEADS, { json: { version: rv, changes: { validTo: '2011-05' } } }), 'body.changes.validTo');
    expectBadField(
      await editor.post('/api/edit/nodes', { label: 'Park', properties: { id: 'validity-bad-park', nameZh: '园区', nameEn: 'Park', kind: 'science-park', validFrom: '2012', validTo: '2011-12-31' } }),
      'body.properties.validTo',
    );
    expectBadField(await editor.post('/api/edit/relationships', { type: 'LOCATED_IN', from: FIRM, to: 'nantong', validFrom: '2020', validTo: '2019' }), 'body.validTo');
    expect(await detail(FIRM)).toEqual(before);
    expect(await version(LEADS)).toBe(rv);
    // Dates of different precision compare at the coarser one: 2011-06 to 2011 is a period within 2011.
    const fine = await editor.request<RelationshipView>('PATCH', LEADS, { json: { version: rv, changes: { validTo: '2011' } } });
    expect(fine.status, JSON.stringify(fine.body)).toBe(200);
    const back = await editor.request('PATCH', LEADS, { json: { version: fine.body.version, changes: { validTo: null } } });
    expect(back.status).toBe(200);
  });
});

describe('the gap engine heeds validity', () => {
  it('a lead firm fills the slot while it leads, not once its LEADS or the firm itself has ended', async () => {
    expect((await leadFirmCell()).status).toBe('filled');

    const rv = await version(LEADS);
    const ended = await editor.request<RelationshipView>('PATCH', LEADS, { json: { version: rv, changes: { validTo: '2015' } } });
    expect(ended.status).toBe(200);
    expect((await leadFirmCell()).status).toBe('not-recorded');
    const gaps = await editor.get<{ items: { ruleId: string }[] }>(`/api/gaps?industry=${INDUSTRY}&rule=six-ones-lead-firm`);
    expect(gaps.body.items.map((g) => g.ruleId)).toEqual(['six-ones-lead-firm']);

    // Not yet begun counts as not true either.
    const future = await editor.request<RelationshipView>('PATCH', LEADS, { json: { version: ended.body.version, changes: { validFrom: '2999', validTo: null } } });
    expect(future.status, JSON.stringify(future.body)).toBe(200);
    expect((await leadFirmCell()).status).toBe('not-recorded');

    const again = await editor.request<RelationshipView>('PATCH', LEADS, { json: { version: future.body.version, changes: { validFrom: '2010' } } });
    expect(again.status).toBe(200);
    expect((await leadFirmCell()).holders.map((h) => h.id)).toEqual([FIRM]);

    // The firm itself closed (its validFrom is 2008-03, so 2016 is in order).
    const v = await version(`/api/edit/nodes/${FIRM}`);
    const closed = await editor.request<NodeView>('PATCH', `/api/edit/nodes/${FIRM}`, { json: { version: v, changes: { validTo: '2016' } } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await leadFirmCell()).status).toBe('not-recorded');
  });
});

describe('the gap engine heeds the validity of coverage', () => {
  it('a platform whose COVERS ended leaves the link uncovered in the platform set', async () => {
    const link = 'validity-link';
    const platform = 'validity-platform';
    for (const [label, properties] of [
      ['ChainLink', { id: link, nameZh: '有效期测试环节', nameEn: 'Validity test link', industryId: INDUSTRY, stage: 'upstream', order: 0 }],
      ['Platform', { id: platform, nameZh: '有效期测试平台', nameEn: 'Validity test platform', kind: 'public-technology-service' }],
    ] as const) {
      const created = await editor.post('/api/edit/nodes', { label, properties });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    expect((await editor.post('/api/edit/relationships', { type: 'LOCATED_IN', from: platform, to: 'nantong' })).status).toBe(201);
    const covers = await editor.post<RelationshipView>('/api/edit/relationships', { type: 'COVERS', from: platform, to: link, validTo: '2015' });
    expect(covers.status, JSON.stringify(covers.body)).toBe(201);
    const uncovered = async () => {
      const matrix = await editor.get<GapMatrix>(`/api/gaps/matrix?industry=${INDUSTRY}`);
      const cell = matrix.body.rows.find((r) => r.industry.id === INDUSTRY)?.cells.platforms;
      return { links: (cell?.uncoveredLinks ?? []).map((l) => l.id), holders: (cell?.holders ?? []).map((h) => h.id) };
    };
    expect(await uncovered()).toEqual({ links: [link], holders: [] });
    const renewed = await editor.request('PATCH', `/api/edit/relationships/COVERS/${platform}/${link}`, { json: { version: 1, changes: { validTo: null } } });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    expect(await uncovered()).toEqual({ links: [], holders: [platform] });
  });
});

describe('importing validity', () => {
  const upload = <T>(name: string, body: string, query: string) =>
    editor.request<T>('POST', `/api/import/files/${name}?${query}`, { body, headers: { 'content-type': 'text/csv' } });

  it('offers the columns, writes them, and names a reversed row’s column', async () => {
    const templates = await editor.get<{ items: { name: string; columns: { name: string; nameZh: string }[] }[] }>('/api/import/templates');
    for (const name of ['Enterprise', 'LEADS']) {
      const columns = templates.body.items.find((t) => t.name === name)?.columns.map((c) => c.name);
      expect(columns, name).toEqual(expect.arrayContaining(['validFrom', 'validTo']));
    }

    const good = 'id,nameZh,nameEn,validFrom,validTo\nvalidity-imported,导入企业,Imported firm,2001,2019-06\n';
    const written = await upload<{ job: { status: string } }>('Enterprise', good, 'wait=true&fileName=firms.csv');
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect((await detail('validity-imported')).entity.properties).toMatchObject({ validFrom: '2001', validTo: '2019-06' });

    const reversed = 'id,nameZh,nameEn,起始日期,终止日期\nvalidity-reversed,反向企业,Reversed firm,2020,2019\nvalidity-malformed,坏日期,Bad date,2020-02-30,\n';
    const dry = await upload<{ valid: boolean; errors: { row: number; column: string; reason: string; reasonZh: string }[] }>('Enterprise', reversed, 'dryRun=true&fileName=bad.csv');
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.valid).toBe(false);
    expect(dry.body.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'validTo'],
      [3, 'validFrom'],
    ]);
    expect(dry.body.errors[0]?.reasonZh).toContain('终止日期早于起始日期');

    const relationships = `from,to,validFrom,validTo\n${FIRM},${INDUSTRY},2010,2012\n`;
    const linked = await upload('LEADS', relationships, 'wait=true&fileName=leads.csv');
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    const edge = (await detail(FIRM)).relationships.find((r) => r.type === 'LEADS');
    expect(edge?.properties).toMatchObject({ validFrom: '2010', validTo: '2012' });
  });

  it('refuses a row whose one date, with the other end kept from the graph, reverses the period', async () => {
    // An empty cell keeps what the graph holds: validity-imported starts in 2001, the LEADS in 2010 and ends in 2012.
    const nodes = await upload<{ valid: boolean; errors: { row: number; column: string }[] }>('Enterprise', 'id,nameZh,validTo\nvalidity-imported,导入企业,1999\n', 'dryRun=true');
    expect(nodes.body.errors.map((e) => [e.row, e.column])).toEqual([[2, 'validTo']]);
    const rels = await upload<{ valid: boolean; errors: { row: number; column: string }[] }>('LEADS', `from,to,validFrom\n${FIRM},${INDUSTRY},2013\n`, 'dryRun=true');
    expect(rels.body.errors.map((e) => [e.row, e.column])).toEqual([[2, 'validTo']]);
    const fine = await upload<{ valid: boolean }>('LEADS', `from,to,validFrom\n${FIRM},${INDUSTRY},2011\n`, 'dryRun=true');
    expect(fine.body.valid).toBe(true);
  });
});

describe('the whole-graph exchange', () => {
  it('exports validity and refuses a document whose validity is reversed', async () => {
    const admin = await fx.login('admin');
    const exported = await admin.get<{ nodes: { label: string; properties: Record<string, unknown> }[]; relationships: { type: string; from: string; properties: Record<string, unknown> }[] }>('/api/export');
    expect(exported.status).toBe(200);
    expect(exported.body.nodes.find((n) => n.properties.id === 'validity-imported')?.properties).toMatchObject({ validFrom: '2001', validTo: '2019-06' });
    expect(exported.body.relationships.find((r) => r.type === 'LEADS' && r.from === FIRM)?.properties).toMatchObject({ validFrom: '2010', validTo: '2012' });

    const index = exported.body.nodes.findIndex((n) => n.properties.id === 'validity-imported');
    const node = exported.body.nodes[index];
    if (!node) throw new Error('exported node missing');
    node.properties.validFrom = '2025';
    const refused = await admin.post('/api/import', exported.body);
    expectBadField(refused, `nodes[${index}].properties.validTo`);
    expect((await detail('validity-imported')).entity.properties.validFrom).toBe('2001');
  });
});
