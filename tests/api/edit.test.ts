// Editing through /api/edit: every label and relationship type, model validation with named fields,
// provenance and audit of each write, optimistic concurrency (stale versions change nothing), deletes.
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../graph/model';
import { DERIVED_TYPES, nodeFields, referencesOf } from '../../server/edit';
import type { ApiClient } from '../helpers/auth';
import type { ApiErrorBody as ErrorBody } from '../../graph/model';
import { seededTestServer } from '../helpers/seededServer';

let editor: ApiClient & { user: { username: string } };
let admin: ApiClient;

interface NodeView {
  node: { id: string; label: string; illustrative: boolean; properties: Record<string, unknown> };
  version: number;
}

const fx = seededTestServer({ datasets: ['nantong', 'demo'], server: { openRead: false } });

beforeAll(async () => {
  editor = await fx.login('editor');
  admin = await fx.login('admin');
});

async function anyIdOf(label: NodeLabel): Promise<string> {
  const result = await fx.db.read((tx) => tx.run(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id LIMIT 1`));
  const id = result.records[0]?.get('id') as string | undefined;
  if (!id) throw new Error(`the seeds hold no ${label}`);
  return id;
}

/** A minimal valid record for a label, built from the model's field list (references point at seeded nodes). */
async function sampleProperties(label: NodeLabel, id: string): Promise<Record<string, unknown>> {
  const properties: Record<string, unknown> = {};
  for (const field of nodeFields(label)) {
    if (!field.required && field.name !== 'descriptionZh' && field.name !== 'nameEn') continue;
    const reference = referencesOf(label).find((r) => r.property === field.name);
    if (field.name === 'id') properties.id = id;
    else if (reference) properties[field.name] = await anyIdOf(reference.target);
    else if (field.type === 'enum') properties[field.name] = field.values?.[0];
    else if (field.type === 'list') properties[field.name] = field.values?.slice(0, 1) ?? [];
    else if (field.type === 'boolean') properties[field.name] = true;
    else if (field.type === 'integer' || field.type === 'number') properties[field.name] = field.min ?? 2020;
    else properties[field.name] = `${field.nameZh}（测试）`;
  }
  return properties;
}

async function auditFor(targetId: string): Promise<{ action: string; username: string; before: unknown; after: unknown }[]> {
  const response = await admin.get<{ items: { action: string; username: string; before: unknown; after: unknown }[] }>(
    `/api/audit?targetId=${encodeURIComponent(targetId)}`,
  );
  expect(response.status).toBe(200);
  return response.body.items;
}

describe('every node label: create, update, delete', () => {
  it.each(NODE_LABELS)('%s', async (label) => {
    const id = `edit-test-${label.toLowerCase()}`;
    const properties = await sampleProperties(label, id);
    const created = await editor.post<NodeView>('/api/edit/nodes', { label, properties });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.version).toBe(1);
    expect(created.body.node).toMatchObject({ id, label, illustrative: false });
    expect(created.body.node.properties.sourceKind).toBe('user');
    expect(created.body.node.properties.sourceRef).toMatch(new RegExp(`^user:${editor.user.username}@\\d{4}-\\d{2}-\\d{2}T`));

    const updated = await editor.request<NodeView>('PATCH', `/api/edit/nodes/${id}`, {
      json: { version: 1, changes: { nameEn: `Changed ${label}`, descriptionZh: null } },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.version).toBe(2);
    expect(updated.body.node.properties.nameEn).toBe(`Changed ${label}`);
    expect(updated.body.node.properties).not.toHaveProperty('descriptionZh');

    const deleted = await editor.request('DELETE', `/api/edit/nodes/${id}?version=2`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect((await editor.get(`/api/edit/nodes/${id}`)).status).toBe(404);

    const trail = await auditFor(id);
    expect(trail.map((e) => e.action).sort()).toEqual(['node.create', 'node.delete', 'node.update']);
    expect(trail.every((e) => e.username === editor.user.username)).toBe(true);
    const update = trail.find((e) => e.action === 'node.update');
    expect(update?.before).toMatchObject({ nameEn: properties.nameEn });
    expect(update?.after).toMatchObject({ nameEn: `Changed ${label}` });
  });
});

describe('every editable relationship type: create, update notes, delete', () => {
  const editable = RELATIONSHIP_TYPES.filter((t) => !DERIVED_TYPES.has(t));

  it.each(editable)('%s', async (type: RelationshipType) => {
    const spec = RELATIONSHIP_SPECS[type];
    // Fresh ends of allowed labels, so the relationship cannot exist yet.
    const ends: string[] = [];
    for (const [side, label] of [['from', spec.from[0]], ['to', spec.to[0]]] as const) {
      const id = `rel-${type.toLowerCase().replace(/_/g, '-')}-${side}`;
      const created = await editor.post('/api/edit/nodes', { label, properties: await sampleProperties(label, id) });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      ends.push(id);
    }
    const [from, to] = ends as [string, string];
    const created = await editor.post<{ relationship: { id: string; properties: Record<string, unknown> }; version: number }>(
      '/api/edit/relationships',
      { type, from, to, noteZh: '测试' },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.relationship.id).toBe(`${from}|${type}|${to}`);
    expect(created.body.relationship.properties).toMatchObject({ sourceKind: 'user', noteZh: '测试' });

    const path = `/api/edit/relationships/${type}/${from}/${to}`;
    const updated = await editor.request<{ version: number; relationship: { properties: Record<string, unknown> } }>('PATCH', path, {
      json: { version: 1, changes: { noteEn: 'test', noteZh: null } },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.version).toBe(2);
    expect(updated.body.relationship.properties).toMatchObject({ noteEn: 'test' });
    expect(updated.body.relationship.properties).not.toHaveProperty('noteZh');

    const deleted = await editor.request('DELETE', `${path}?version=2`);
    expect(deleted.status).toBe(200);
    expect((await editor.get(path)).status).toBe(404);
    expect((await auditFor(`${from}|${type}|${to}`)).map((e) => e.action).sort()).toEqual([
      'relationship.create',
      'relationship.delete',
      'relationship.update',
    ]);
  });
});

describe('validation', () => {
  it('names each bad field, in English and Chinese', async () => {
    const response = await editor.post<ErrorBody>('/api/edit/nodes', {
      label: 'Industry',
      properties: { id: 'Bad Id', nameZh: '', tier: 'ancient', colour: 'red', sourceKind: 'document' },
    });
    expect(response.status).toBe(400);
    const fields = response.body.error.details.map((d) => d.field).sort();
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.properties.id',
        'body.properties.nameZh',
        'body.properties.nameEn',
        'body.properties.tier',
        'body.properties.colour',
        'body.properties.sourceKind',
      ]),
    );
    for (const detail of response.body.error.details) expect(detail.reasonZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks aliases item by item, naming the field; good ones are stored and found by search', async () => {
    const bad = await editor.post<ErrorBody>('/api/edit/nodes', {
      label: 'Enterprise',
      properties: { id: 'alias-firm', nameZh: '别名测试公司', nameEn: 'Alias Test Co', aliasesZh: ['甲', '  '], aliasesEn: ['a;b', 'x'.repeat(101)] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d) => d.field).sort()).toEqual(['body.properties.aliasesEn[0]', 'body.properties.aliasesEn[1]', 'body.properties.aliasesZh[1]']);
    for (const detail of bad.body.error.details) {
      expect(detail.reasonZh).toMatch(/别名/);
      expect(detail.reason).not.toMatch(/[\u4e00-\u9fff]/);
    }
    const repeated = await editor.post<ErrorBody>('/api/edit/nodes', { label: 'Enterprise', properties: { id: 'alias-firm', nameZh: '别名测试公司', nameEn: 'Alias Test Co', aliasesZh: ['甲', '甲'] } });
    expect(repeated.body.error.details.map((d) => [d.field, d.reasonZh])).toEqual([['body.properties.aliasesZh', '别名不能重复']]);

    const created = await editor.post<NodeView>('/api/edit/nodes', { label: 'Enterprise', properties: { id: 'alias-firm', nameZh: '别名测试公司', nameEn: 'Alias Test Co', aliasesZh: [' 旧称甲 '] } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.node.properties.aliasesZh).toEqual(['旧称甲']);
    const updated = await editor.request<NodeView>('PATCH', '/api/edit/nodes/alias-firm', { json: { version: 1, changes: { aliasesZh: ['琥珀重工'], aliasesEn: ['Amber Heavy'] } } });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const search = async (q: string) => (await editor.get<{ items: { id: string }[] }>(`/api/search?q=${encodeURIComponent(q)}`)).body.items.map((i) => i.id);
    expect(await search('琥珀重工')).toContain('alias-firm');
    expect(await search('amber')).toContain('alias-firm');
    expect(await search('旧称甲')).not.toContain('alias-firm');
  });

  it('refuses an unknown label and a malformed id in the path', async () => {
    const label = await editor.post<ErrorBody>('/api/edit/nodes', { label: 'Dragon', properties: {} });
    expect(label.status).toBe(400);
    expect(label.body.error.details[0]?.field).toBe('body.label');
    expect((await editor.get('/api/edit/nodes/NOT%20A%20SLUG')).status).toBe(400);
    expect((await editor.get('/api/edit/nodes/no-such-node')).status).toBe(404);
  });

  it('refuses a taken id with 409', async () => {
    const id = await anyIdOf('Industry');
    const response = await editor.post<ErrorBody>('/api/edit/nodes', { label: 'TechField', properties: { id, nameZh: '重复', nameEn: 'Dup' } });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('id_taken');
  });

  it('makes an id when none is given: from nameEn, else from the label, a second one unique', async () => {
    const named = await editor.post<NodeView>('/api/edit/nodes', { label: 'TechField', properties: { nameZh: '新材料测试', nameEn: 'Smart Fibres (Test)' } });
    expect(named.status, JSON.stringify(named.body)).toBe(201);
    expect(named.body.node.id).toBe('smart-fibres-test');
    const again = await editor.post<NodeView>('/api/edit/nodes', { label: 'TechField', properties: { id: null, nameZh: '新材料测试二', nameEn: 'Smart Fibres (Test)' } });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.node.id).toMatch(/^smart-fibres-test-[a-z0-9]{6}$/);
    // An organisation named in Chinese only: no nameEn, and an id from its label.
    const firm = await editor.post<NodeView & { node: { nameEn: string } }>('/api/edit/nodes', { label: 'Enterprise', properties: { nameZh: '南通测试纺织有限公司' } });
    expect(firm.status, JSON.stringify(firm.body)).toBe(201);
    expect(firm.body.node.id).toMatch(/^enterprise-[a-z0-9]{6}$/);
    expect(firm.body.node.properties).not.toHaveProperty('nameEn');
    expect(firm.body.node.nameEn).toBe('南通测试纺织有限公司');
    const stored = await fx.db.read((tx) => tx.run('MATCH (n:Enterprise {id: $id}) RETURN n.nameZh AS zh, n.nameEn AS en', { id: firm.body.node.id }));
    expect(stored.records[0]?.get('zh')).toBe('南通测试纺织有限公司');
    expect(stored.records[0]?.get('en')).toBeNull();
    expect((await editor.get<NodeView>(`/api/edit/nodes/${firm.body.node.id}`)).status).toBe(200);
    for (const id of [named.body.node.id, again.body.node.id, firm.body.node.id]) {
      expect((await editor.request('DELETE', `/api/edit/nodes/${id}?version=1`)).status).toBe(200);
    }
  });

  it('still asks a region and an industry for their English name, and names a bad given id', async () => {
    const region = await editor.post<ErrorBody>('/api/edit/nodes', { label: 'Region', properties: { nameZh: '测试区', kind: 'district' } });
    expect(region.status).toBe(400);
    expect(region.body.error.details.map((d) => d.field)).toEqual(['body.properties.nameEn']);
    const industry = await editor.post<ErrorBody>('/api/edit/nodes', { label: 'Industry', properties: { nameZh: '测试产业', tier: 'seed' } });
    expect(industry.status).toBe(400);
    expect(industry.body.error.details.map((d) => d.field)).toEqual(['body.properties.nameEn']);
    const badId = await editor.post<ErrorBody>('/api/edit/nodes', { label: 'Enterprise', properties: { id: 'Bad Id', nameZh: '测试' } });
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0]).toMatchObject({ field: 'body.properties.id' });
    expect(badId.body.error.details[0]?.reasonZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks reference properties and keeps their relationship in step', async () => {
    const [first, second] = (
      await fx.db.read((tx) => tx.run('MATCH (i:Industry) RETURN i.id AS id ORDER BY id LIMIT 2'))
    ).records.map((r) => r.get('id') as string) as [string, string];
    const bad = await editor.post<ErrorBody>('/api/edit/nodes', {
      label: 'ChainLink',
      properties: { id: 'edit-link', nameZh: '环节', nameEn: 'Link', industryId: 'no-such-industry', stage: 'upstream', order: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]?.field).toBe('body.properties.industryId');

    const created = await editor.post('/api/edit/nodes', {
      label: 'ChainLink',
      properties: { id: 'edit-link', nameZh: '环节', nameEn: 'Link', industryId: first, stage: 'upstream', order: 1 },
    });
    expect(created.status).toBe(201);
    const owners = async () =>
      (await fx.db.read((tx) => tx.run("MATCH (i:Industry)-[:HAS_LINK]->(:ChainLink {id: 'edit-link'}) RETURN i.id AS id"))).records.map((r) => r.get('id') as string);
    expect(await owners()).toEqual([first]);
    const moved = await editor.request('PATCH', '/api/edit/nodes/edit-link', { json: { version: 1, changes: { industryId: second } } });
    expect(moved.status).toBe(200);
    expect(await owners()).toEqual([second]);

    // An industry named by a chain link's industryId cannot be deleted from under it.
    const preview = await editor.get<{ blockedBy: { id: string; property: string }[]; version: number }>(`/api/edit/nodes/${second}/delete-preview`);
    expect(preview.body.blockedBy).toContainEqual(expect.objectContaining({ id: 'edit-link', property: 'industryId' }));
    const refused = await editor.request<ErrorBody>('DELETE', `/api/edit/nodes/${second}?version=${preview.body.version}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('still_referenced');
    expect((await editor.get(`/api/edit/nodes/${second}`)).status).toBe(200);
  });

  it('refuses relationships the model does not allow, with missing ends named', async () => {
    const industry = await anyIdOf('Industry');
    const region = await anyIdOf('Region');
    const wrong = await editor.post<ErrorBody>('/api/edit/relationships', { type: 'LEADS', from: region, to: industry });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]?.field).toBe('body.type');
    const missing = await editor.post<ErrorBody>('/api/edit/relationships', { type: 'KEY_INDUSTRY_OF', from: 'nowhere', to: region });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d) => d.field)).toEqual(['body.from']);
    const derived = await editor.post<ErrorBody>('/api/edit/relationships', { type: 'HAS_LINK', from: industry, to: 'edit-link' });
    expect(derived.status).toBe(400);
    expect(derived.body.error.details[0]?.reason).toContain('industryId');
    const existing = (
      await fx.db.read((tx) => tx.run('MATCH (a:Industry)-[:KEY_INDUSTRY_OF]->(b:Region) RETURN a.id AS a, b.id AS b LIMIT 1'))
    ).records[0];
    const duplicate = await editor.post<ErrorBody>('/api/edit/relationships', {
      type: 'KEY_INDUSTRY_OF',
      from: existing?.get('a') as string,
      to: existing?.get('b') as string,
    });
    expect(duplicate.status).toBe(409);
  });
});

describe('optimistic concurrency', () => {
  it('answers a stale update with 409 and changes nothing', async () => {
    const created = await editor.post<NodeView>('/api/edit/nodes', { label: 'TechField', properties: { id: 'edit-stale', nameZh: '原名', nameEn: 'Original' } });
    expect(created.status).toBe(201);
    const first = await editor.request<NodeView>('PATCH', '/api/edit/nodes/edit-stale', { json: { version: 1, changes: { nameEn: 'First' } } });
    expect(first.status).toBe(200);
    const before = await editor.get<NodeView>('/api/edit/nodes/edit-stale');
    const auditBefore = (await auditFor('edit-stale')).length;

    const stale = await editor.request<ErrorBody>('PATCH', '/api/edit/nodes/edit-stale', { json: { version: 1, changes: { nameEn: 'Second' } } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.details[0]).toMatchObject({ field: 'version' });
    expect(stale.body.error.messageZh).toContain('版本');

    const after = await editor.get<NodeView>('/api/edit/nodes/edit-stale');
    expect(after.body).toEqual(before.body);
    expect((await auditFor('edit-stale')).length).toBe(auditBefore);

    const staleDelete = await editor.request<ErrorBody>('DELETE', '/api/edit/nodes/edit-stale?version=1');
    expect(staleDelete.status).toBe(409);
    expect((await editor.get('/api/edit/nodes/edit-stale')).status).toBe(200);
  });

  it('lets exactly one of two simultaneous updates from the same version win', async () => {
    const created = await editor.post<NodeView>('/api/edit/nodes', { label: 'TechField', properties: { id: 'edit-race', nameZh: '竞争', nameEn: 'Race' } });
    expect(created.status).toBe(201);
    const attempts = await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) => editor.request('PATCH', '/api/edit/nodes/edit-race', { json: { version: 1, changes: { nameEn: name } } })),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const now = await editor.get<NodeView>('/api/edit/nodes/edit-race');
    expect(now.body.version).toBe(2);
  });
});

describe('provenance', () => {
  it('keeps illustrative data flagged when an editor changes it', async () => {
    const result = await fx.db.read((tx) => tx.run("MATCH (n:Enterprise {sourceKind: 'illustrative'}) RETURN n.id AS id, n.version AS v LIMIT 1"));
    const id = result.records[0]?.get('id') as string;
    const response = await editor.request<NodeView>('PATCH', `/api/edit/nodes/${id}`, {
      json: { version: result.records[0]?.get('v') as number, changes: { descriptionEn: 'Edited sample' } },
    });
    expect(response.status).toBe(200);
    expect(response.body.node.illustrative).toBe(true);
    expect(response.body.node.properties.sourceRef).toMatch(/^user:/);
  });
});

describe('provenance of an edited node', () => {
  it("drops the old page and dates the fact to the edit, unless the change cites its own", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const created = await editor.post<NodeView>('/api/edit/nodes', {
      label: 'Enterprise',
      properties: { id: 'sourced-firm', nameZh: '来源测试公司', nameEn: 'Sourced Co', sourceUrl: 'https://example.org/a', observedAt: '2024-05-01' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.node.properties).toMatchObject({ sourceUrl: 'https://example.org/a', observedAt: '2024-05-01' });
    // A new figure from the editor: the old page never stated it.
    const edited = await editor.request<NodeView>('PATCH', '/api/edit/nodes/sourced-firm', { json: { version: 1, changes: { employees: 120, employeesYear: 2025 } } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.node.properties.sourceUrl).toBeUndefined();
    expect(edited.body.node.properties).toMatchObject({ sourceKind: 'user', observedAt: today, employees: 120 });
    // A change citing its page and date keeps both.
    const cited = await editor.request<NodeView>('PATCH', '/api/edit/nodes/sourced-firm', {
      json: { version: 2, changes: { foundedYear: 2001, sourceUrl: 'https://example.org/b', observedAt: '2025-03-02' } },
    });
    expect(cited.status, JSON.stringify(cited.body)).toBe(200);
    expect(cited.body.node.properties).toMatchObject({ sourceUrl: 'https://example.org/b', observedAt: '2025-03-02', foundedYear: 2001 });
    const stored = await fx.db.read((tx) => tx.run("MATCH (n {id: 'sourced-firm'}) RETURN n.sourceUrl AS url, n.observedAt AS at"));
    expect([stored.records[0]?.get('url'), stored.records[0]?.get('at')]).toEqual(['https://example.org/b', '2025-03-02']);
  });
});

describe('delete preview', () => {
  it('lists what a delete would disconnect, then the delete removes exactly that', async () => {
    const record = (
      await fx.db.read((tx) =>
        tx.run(`MATCH (n:Institute) WHERE COUNT { (n)--() } >= 2 AND NOT EXISTS { MATCH (m:Entity) WHERE m.industryId = n.id OR m.indicatorId = n.id }
                RETURN n.id AS id, COUNT { (n)--() } AS degree LIMIT 1`),
      )
    ).records[0];
    const id = record?.get('id') as string;
    const preview = await editor.get<{
      version: number;
      total: number;
      relationships: { type: string; direction: string; other: { id: string; nameZh: string } }[];
      blockedBy: unknown[];
    }>(`/api/edit/nodes/${id}/delete-preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.total).toBe(record?.get('degree'));
    expect(preview.body.relationships).toHaveLength(preview.body.total);
    expect(preview.body.blockedBy).toEqual([]);
    for (const r of preview.body.relationships) expect(r.other.nameZh).toBeTruthy();

    const deleted = await editor.request<{ relationshipsRemoved: number }>('DELETE', `/api/edit/nodes/${id}?version=${preview.body.version}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.relationshipsRemoved).toBe(preview.body.total);
    const trail = await auditFor(id);
    const entry = trail.find((e) => e.action === 'node.delete');
    expect((entry?.before as { relationships: unknown[] }).relationships).toHaveLength(preview.body.total);
  });

  it('requires the version on delete', async () => {
    const id = await anyIdOf('TechField');
    const response = await editor.request<ErrorBody>('DELETE', `/api/edit/nodes/${id}`);
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]?.field).toBe('query.version');
  });
});

describe('GET /api/edit/schema', () => {
  it('describes every label and relationship type with Chinese field names', async () => {
    const response = await editor.get<{ nodes: { label: string; fields: { name: string; nameZh: string }[] }[]; relationships: unknown[] }>(
      '/api/edit/schema',
    );
    expect(response.status).toBe(200);
    expect(response.body.nodes.map((n) => n.label)).toEqual(NODE_LABELS);
    expect(response.body.relationships).toHaveLength(RELATIONSHIP_TYPES.length);
    const industry = response.body.nodes.find((n) => n.label === 'Industry');
    expect(industry?.fields.map((f) => f.name)).not.toContain('sourceKind');
    expect(industry?.fields.find((f) => f.name === 'tier')?.nameZh).toBe('产业层级');
  });
});

describe('the audit log', () => {
  interface Named { id: string; label: string | null; nameZh: string | null; nameEn: string | null; exists: boolean }
  interface Entry { action: string; targetId: string; nodes: Named[] }
  type AuditPage = { items: Entry[]; total: number };

  it('names the nodes an entry touched, a deleted one by the names its delete entry holds', async () => {
    const type = RELATIONSHIP_TYPES.filter((t) => !DERIVED_TYPES.has(t))[0] as RelationshipType;
    const spec = RELATIONSHIP_SPECS[type];
    const [fromLabel, toLabel] = [spec.from[0], spec.to[0]] as [NodeLabel, NodeLabel];
    const from = { ...(await sampleProperties(fromLabel, 'audit-name-from')), nameZh: '审计名称甲', nameEn: 'Audit name A' };
    const to = { ...(await sampleProperties(toLabel, 'audit-name-to')), nameZh: '审计名称乙', nameEn: 'Audit name B' };
    expect((await editor.post('/api/edit/nodes', { label: fromLabel, properties: from })).status).toBe(201);
    expect((await editor.post('/api/edit/nodes', { label: toLabel, properties: to })).status).toBe(201);
    const renamed = await editor.request('PATCH', '/api/edit/nodes/audit-name-from', { json: { version: 1, changes: { nameZh: '审计名称甲（改）' } } });
    expect(renamed.status).toBe(200);
    expect((await editor.post('/api/edit/relationships', { type, from: 'audit-name-from', to: 'audit-name-to' })).status).toBe(201);

    // While the node exists: its current names and label.
    const key = `audit-name-from|${type}|audit-name-to`;
    const live = await admin.get<AuditPage>(`/api/audit?targetId=${encodeURIComponent(key)}`);
    expect(live.body.items[0]?.nodes).toEqual([
      { id: 'audit-name-from', label: fromLabel, nameZh: '审计名称甲（改）', nameEn: 'Audit name A', exists: true },
      { id: 'audit-name-to', label: toLabel, nameZh: '审计名称乙', nameEn: 'Audit name B', exists: true },
    ]);

    expect((await editor.request('DELETE', '/api/edit/nodes/audit-name-from?version=2')).status).toBe(200);
    const gone = { id: 'audit-name-from', label: fromLabel, nameZh: '审计名称甲（改）', nameEn: 'Audit name A', exists: false };
    const trail = await admin.get<AuditPage>('/api/audit?targetId=audit-name-from');
    expect(trail.body.items.map((e) => e.action)).toEqual(['node.delete', 'node.update', 'node.create']);
    for (const entry of trail.body.items) expect(entry.nodes).toEqual([gone]);
    const relationship = await admin.get<AuditPage>(`/api/audit?targetId=${encodeURIComponent(key)}`);
    expect(relationship.body.items[0]?.nodes.map((n) => [n.nameZh, n.exists])).toEqual([
      ['审计名称甲（改）', false],
      ['审计名称乙', true],
    ]);
    // Entries about no node name none.
    const logins = await admin.get<AuditPage>('/api/audit?action=auth.login&limit=1');
    expect(logins.body.items[0]?.nodes).toEqual([]);
    // Leave the seeded graph as it was for the tests after this one.
    const { version } = (await editor.get<NodeView>('/api/edit/nodes/audit-name-to')).body;
    expect((await editor.request('DELETE', `/api/edit/nodes/audit-name-to?version=${version}`)).status).toBe(200);
  });

  it('leaves logins out when asked, unless the action filter names them', async () => {
    const all = (await admin.get<AuditPage>('/api/audit?limit=1')).body.total;
    const logins = (await admin.get<AuditPage>('/api/audit?action=auth.login&limit=1')).body.total;
    expect(logins).toBeGreaterThanOrEqual(2);
    const hidden = await admin.get<AuditPage>('/api/audit?logins=hide&limit=200');
    expect(hidden.status).toBe(200);
    expect(hidden.body.total).toBe(all - logins);
    expect(hidden.body.items.some((e) => e.action === 'auth.login')).toBe(false);
    expect((await admin.get<AuditPage>('/api/audit?logins=hide&action=auth.login&limit=1')).body.total).toBe(logins);
    expect((await admin.get<AuditPage>('/api/audit?logins=show&limit=1')).body.total).toBe(all);
    const bad = await admin.get<ErrorBody>('/api/audit?logins=sometimes');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d) => d.field)).toEqual(['query.logins']);
  });
});
