// Cases (问题清单) on the nantong dataset: a case follows its gap through an edit that closes it (resolved
// by the engine, naming the change) and one that brings it back (reopened); bad input is a 400 naming the
// field and changes nothing; viewers read but cannot write; every write is audited; overdue; Excel export.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Case, CaseList, Gap, GapList } from '../../graph/model';
import { seededTestServer } from '../helpers/seededServer';

// The chains dataset gives links without local firms (缺链); one local firm, unlinked, is added to cover one.
const FIRM = 'case-test-firm';
const fx = seededTestServer({
  datasets: ['nantong', 'chains'],
  server: { openRead: false },
  prepare: (db) =>
    db.write(async (tx) => {
      await tx.run(
        `MATCH (county:Region {kind: 'county'})-[:PART_OF*1..]->(:Region {id: 'nantong'})
         WITH county ORDER BY county.id LIMIT 1
         CREATE (:Entity:Enterprise {id: $id, nameZh: '测试企业', nameEn: 'Test firm', sourceKind: 'document', sourceRef: 'test'})-[:LOCATED_IN]->(county)`,
        { id: FIRM },
      );
    }),
});

interface ErrorBody {
  error: { code: string; details?: { field: string; reason: string; reasonZh: string }[] };
}

const fieldsOf = (body: unknown): string[] => ((body as ErrorBody).error.details ?? []).map((d) => d.field);

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return fx.db.read(async (tx) => Number((await tx.run(cypher, params)).records[0]?.get('c') ?? 0));
}

describe('cases', () => {
  it('follows a gap: open, auto-resolve on the edit that closes it (closedBy), reopen when it returns; audited', async () => {
    const editor = await fx.login('editor');
    const viewer = await fx.login('viewer');
    const gaps = await editor.get<GapList>('/api/gaps?rule=chain-missing-link');
    expect(gaps.status).toBe(200);
    const gap = gaps.body.items[0] as Gap;
    expect(gap, 'the nantong dataset has a missing link').toBeDefined();

    const opened = await editor.post<{ case: Case }>('/api/cases', {
      gapId: gap.id,
      ownerKind: 'department',
      owner: '市工信局',
      chainChief: '张链长',
      dueDate: '2099-12-31',
      notes: '招引一家本地企业',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const id = opened.body.case.id;
    expect(opened.body.case).toMatchObject({ gapId: gap.id, scopeRegionId: 'nantong', status: 'open', overdue: false, chainChief: '张链长', industryId: gap.industryId });
    expect((await editor.post('/api/cases', { gapId: gap.id, ownerKind: 'department', owner: 'x' })).status).toBe(409);

    // A viewer reads, never writes.
    expect((await viewer.get<CaseList>(`/api/cases?gap=${encodeURIComponent(gap.id)}`)).body.items.map((c) => c.id)).toEqual([id]);
    expect((await viewer.request('PATCH', `/api/cases/${id}`, { json: { status: 'in-progress' } })).status).toBe(403);
    expect((await viewer.post('/api/cases', { gapId: gap.id, ownerKind: 'department', owner: 'x' })).status).toBe(403);
    expect((await editor.request<{ case: Case }>('PATCH', `/api/cases/${id}`, { json: { status: 'in-progress' } })).body.case.status).toBe('in-progress');

    // An edit closes the gap: a local firm covers the link.
    const firm = FIRM;
    const covered = await editor.post<{ version: number }>('/api/edit/relationships', { type: 'COVERS', from: firm, to: gap.subject.id });
    expect(covered.status, JSON.stringify(covered.body)).toBe(201);
    const after = await editor.get<GapList>('/api/gaps?rule=chain-missing-link');
    expect(after.body.items.map((g) => g.id)).not.toContain(gap.id);
    const resolved = (await viewer.get<{ case: Case }>(`/api/cases/${id}`)).body.case;
    expect(resolved).toMatchObject({ status: 'resolved', statusBy: 'engine' });
    expect(resolved.closedBy?.id).toMatch(/^\d+-\d+$/);
    expect(resolved.closedBy?.actor).toBe(editor.user.username);
    expect(resolved.closedBy?.via).toBe('edit');
    expect(resolved.closedBy?.summaryEn).toContain(gap.subject.id);

    // The edit undone: the gap is back, the case reopens, its states kept.
    const removed = await editor.request('DELETE', `/api/edit/relationships/COVERS/${firm}/${gap.subject.id}?version=${covered.body.version}`);
    expect(removed.status, removed.text).toBe(200);
    const reopened = (await viewer.get<{ case: Case }>(`/api/cases/${id}`)).body.case;
    expect(reopened).toMatchObject({ status: 'open', statusBy: 'engine', closedBy: null });
    expect(reopened.states.map((s) => `${s.status}/${s.by === 'engine' ? 'engine' : 'user'}`)).toEqual(['open/user', 'in-progress/user', 'resolved/engine', 'open/engine']);
    expect(reopened.states[2]?.closedBy?.id).toBe(resolved.closedBy?.id);

    // Every write is in the audit log, with who did it.
    const actions = await fx.db.read(async (tx) =>
      (await tx.run(`MATCH (a:AuditEntry {targetKind: 'case', targetId: $id}) RETURN a.action AS action, a.username AS who ORDER BY a.at`, { id })).records.map(
        (r) => `${r.get('action') as string}:${r.get('who') === 'engine' ? 'engine' : 'editor'}`,
      ),
    );
    expect(actions).toEqual(['case.open:editor', 'case.update:editor', 'case.auto-resolve:engine', 'case.auto-reopen:engine']);
    // Cases stay out of the domain graph: no :Entity, nothing in the whole-graph export.
    expect(await count('MATCH (c:GapCase) WHERE c:Entity OR EXISTS { (c)--() } RETURN count(c) AS c')).toBe(0);
    const admin = await fx.login('admin');
    expect((await admin.get('/api/export')).text).not.toContain(id);
  });

  it('refuses bad input with a 400 naming the field and changes nothing; lists overdue cases; exports a real xlsx', async () => {
    const editor = await fx.login('editor');
    const gaps = (await editor.get<GapList>('/api/gaps?rule=chain-weak-link,chain-break-risk,six-ones-plan')).body.items;
    const [first, second] = gaps;
    if (!first || !second) throw new Error('the nantong dataset has too few gaps');
    const before = await count('MATCH (n) WHERE n:GapCase OR n:AuditEntry RETURN count(n) AS c');

    const unknown = await editor.post('/api/cases', { gapId: 'chain-missing-link:no-such-link', ownerKind: 'department', owner: 'x' });
    expect([unknown.status, fieldsOf(unknown.body)]).toEqual([400, ['body.gapId']]);
    const badDate = await editor.post('/api/cases', { gapId: first.id, ownerKind: 'department', owner: 'x', dueDate: '2026/01/05' });
    expect([badDate.status, fieldsOf(badDate.body)]).toEqual([400, ['body.dueDate']]);
    const noDay = await editor.post('/api/cases', { gapId: first.id, ownerKind: 'department', owner: 'x', dueDate: '2026-02-30' });
    expect([noDay.status, fieldsOf(noDay.body)]).toEqual([400, ['body.dueDate']]);
    const notCounty = await editor.post('/api/cases', { gapId: first.id, ownerKind: 'county', owner: 'no-such-county' });
    expect([notCounty.status, fieldsOf(notCounty.body)]).toEqual([400, ['body.owner']]);
    expect(await count('MATCH (n) WHERE n:GapCase OR n:AuditEntry RETURN count(n) AS c')).toBe(before);

    const late = (await editor.post<{ case: Case }>('/api/cases', { gapId: first.id, ownerKind: 'department', owner: '市科技局', dueDate: '2020-01-01' })).body.case;
    expect(late.overdue).toBe(true);
    const county = await fx.db.read(async (tx) => (await tx.run(`MATCH (r:Region {kind: 'county'}) RETURN r.id AS id, r.nameZh AS zh LIMIT 1`)).records[0]);
    const onTime = await editor.post<{ case: Case }>('/api/cases', { gapId: second.id, ownerKind: 'county', owner: county?.get('id') as string, dueDate: '2099-01-01' });
    expect(onTime.status, JSON.stringify(onTime.body)).toBe(201);
    expect(onTime.body.case.ownerNameZh).toBe(county?.get('zh'));

    const dismissBare = await editor.request('PATCH', `/api/cases/${late.id}`, { json: { status: 'dismissed' } });
    expect([dismissBare.status, fieldsOf(dismissBare.body)]).toEqual([400, ['body.reason']]);
    const dismissed = await editor.request<{ case: Case }>('PATCH', `/api/cases/${onTime.body.case.id}`, { json: { status: 'dismissed', reason: '已纳入省级计划' } });
    expect(dismissed.body.case).toMatchObject({ status: 'dismissed', reason: '已纳入省级计划', overdue: false });
    const notAllowed = await editor.request('PATCH', `/api/cases/${onTime.body.case.id}`, { json: { status: 'resolved' } });
    expect([notAllowed.status, fieldsOf(notAllowed.body)]).toEqual([400, ['body.status']]);
    const badPatchDate = await editor.request('PATCH', `/api/cases/${late.id}`, { json: { dueDate: 'tomorrow' } });
    expect([badPatchDate.status, fieldsOf(badPatchDate.body)]).toEqual([400, ['body.dueDate']]);
    expect((await editor.get<{ case: Case }>(`/api/cases/${late.id}`)).body.case).toMatchObject({ status: 'open', dueDate: '2020-01-01' });

    const overdue = await editor.get<CaseList>('/api/cases?overdue=true');
    expect(overdue.body.items.map((c) => c.id)).toEqual([late.id]);
    const byOwner = await editor.get<CaseList>(`/api/cases?owner=${encodeURIComponent('市科技局')}&status=open,in-progress`);
    expect(byOwner.body.items.map((c) => c.id)).toEqual([late.id]);
    expect((await editor.get(`/api/cases?status=closed`)).status).toBe(400);

    const file = await editor.request('GET', '/api/cases/export?overdue=true');
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = Buffer.from(await (await fetch(`${fx.baseUrl}/api/cases/export?lang=en`, { headers: { cookie: [...editor.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } })).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Gap');
    const ids = (sheet?.getColumn(15).values ?? []).slice(2);
    expect(ids).toEqual(expect.arrayContaining([late.id, onTime.body.case.id]));
  });
});
