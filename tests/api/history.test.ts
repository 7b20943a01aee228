// History instead of overwriting (issue 18 §1–2): an edit keeps the fact it replaced, and the gap
// routes read the graph as recorded at a moment (asOf) without changing it.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChangesView, chinaToday, EntityDetail, GapList, GapMatrix, type ApiErrorBody } from '../../graph/model';
import { HistoryInfo } from '../../graph/model/history';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

const fx = seededTestServer({ datasets: ['nantong', 'demo'] });
let editor: ApiClient;

beforeAll(async () => {
  editor = await fx.login('editor');
});

const matrixAt = async (asOf?: string): Promise<GapMatrix> =>
  GapMatrix.parse((await editor.get(`/api/gaps/matrix${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`)).body);
const leadGapsAt = async (asOf?: string): Promise<GapList> =>
  GapList.parse((await editor.get(`/api/gaps?rule=six-ones-lead-firm${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`)).body);
const count = async (cypher: string, params: Record<string, unknown> = {}): Promise<number> =>
  fx.db.read(async (tx) => (await tx.run(cypher, params)).records[0]?.get('n') as number);
const RevisionRow = z.object({ op: z.string(), actor: z.string(), via: z.string(), hasBefore: z.boolean() });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a deleted relationship, read as of before the delete', () => {
  it('shows the old fact and the old gaps, and leaves the graph as it is', async () => {
    const before = await matrixAt();
    const row = before.rows.find((r) => (r.cells.leadFirm?.holders.length ?? 0) === 1);
    const firm = row?.cells.leadFirm?.holders[0];
    if (!row || !firm) throw new Error('the seeded matrix needs an industry with exactly one lead firm');
    const gapsBefore = await leadGapsAt();
    expect(gapsBefore.items.some((g) => g.subject.id === row.industry.id)).toBe(false);

    await pause(20);
    const beforeEdit = new Date().toISOString();
    await pause(20);
    const key = `LEADS/${firm.id}/${row.industry.id}`;
    const current = await editor.get<{ version: number }>(`/api/edit/relationships/${key}`);
    expect(current.status).toBe(200);
    const deleted = await editor.request('DELETE', `/api/edit/relationships/${key}?version=${current.body.version}`);
    expect(deleted.status).toBe(200);

    // Now: the slot is empty and its gap is open.
    const now = await matrixAt();
    expect(now.rows.find((r) => r.industry.id === row.industry.id)?.cells.leadFirm?.holders).toEqual([]);
    expect((await leadGapsAt()).items.some((g) => g.subject.id === row.industry.id)).toBe(true);

    // As recorded before the delete: the lead firm, no gap; the whole matrix as it was.
    expect(await matrixAt(beforeEdit)).toEqual(before);
    expect((await leadGapsAt(beforeEdit)).items).toEqual(gapsBefore.items);

    // The as-of read changed nothing, and the delete kept its history.
    const leads = 'MATCH (:Enterprise {id: $firm})-[r:LEADS]->(:Industry {id: $industry}) RETURN count(r) AS n';
    expect(await count(leads, { firm: firm.id, industry: row.industry.id })).toBe(0);
    const revisions = await fx.db.read(async (tx) =>
      (
        await tx.run(
          `MATCH (v:Revision {entity: 'relationship', type: 'LEADS', fromId: $firm, toId: $industry})
           RETURN v.op AS op, v.actor AS actor, v.via AS via, v.before IS NOT NULL AS hasBefore ORDER BY v.atMs, v.seq`,
          { firm: firm.id, industry: row.industry.id },
        )
      ).records.map((r) => RevisionRow.parse(r.toObject())),
    );
    expect(revisions.map((r) => r.op)).toEqual(['add', 'end']);
    expect(revisions[1]).toMatchObject({ via: 'edit', hasBefore: true });

    // Changes since then: exactly that delete, and the gap it opened and the score it cost.
    const answer = await editor.get(`/api/changes?since=${encodeURIComponent(beforeEdit)}`);
    expect(answer.status, answer.text).toBe(200);
    const changes = ChangesView.parse(answer.body);
    expect(changes.total).toBe(1);
    expect(changes.facts).toHaveLength(1);
    expect(changes.facts[0]).toMatchObject({ op: 'end', entity: 'relationship', relationship: { type: 'LEADS', from: { id: firm.id }, to: { id: row.industry.id } } });
    expect(typeof changes.facts[0]?.before?.sourceKind).toBe('string');
    expect(changes.consequences.gapsOpened.map((g) => g.id)).toEqual(
      (await leadGapsAt()).items.filter((g) => g.subject.id === row.industry.id).map((g) => g.id),
    );
    expect(changes.consequences.gapsClosed).toEqual([]);
    const score = changes.consequences.scores.find((s) => s.industry.id === row.industry.id);
    expect(score?.after).toBeLessThan(score?.before ?? 0);
    expect(changes.consequences.scores.map((s) => s.industry.id)).toEqual([row.industry.id]);

    // The briefing's 与上期相比 section says the same, in either language.
    const briefing = async (lang: string): Promise<string> =>
      (await editor.get(`/api/briefings/view?industries=${row.industry.id}&lang=${lang}&since=${encodeURIComponent(beforeEdit)}`)).text;
    const zh = await briefing('zh');
    expect(zh).toContain('与上期相比');
    expect(zh).toContain('新出现的缺口');
    expect(zh).toContain(`删除：${firm.nameZh} —LEADS→ ${row.industry.nameZh}`);
    const en = await briefing('en');
    expect(en).toContain('Gaps opened');
    expect(en).toContain(`Ended: ${firm.nameEn} —LEADS→ ${row.industry.nameEn}`);

    // Until a moment after the delete, both ends of the period are past graphs (one as-of transaction
    // each, for gaps, matrix and targets together): the same consequences as the period to now.
    const afterEdit = new Date().toISOString();
    const period = (since: string, until: string) => `/api/changes?since=${encodeURIComponent(since)}&until=${encodeURIComponent(until)}`;
    const bounded = await editor.get(period(beforeEdit, afterEdit));
    expect(bounded.status, bounded.text).toBe(200);
    expect(ChangesView.parse(bounded.body).consequences).toEqual(changes.consequences);
    // Until just before it, nothing was recorded and nothing followed.
    const quiet = ChangesView.parse((await editor.get(period(new Date(Date.parse(beforeEdit) - 10).toISOString(), beforeEdit))).body);
    expect([quiet.total, quiet.consequences]).toEqual([0, { gapsOpened: [], gapsClosed: [], scores: [], targets: [] }]);
  });
});

describe('asOf is checked', () => {
  it.each([
    ['2999-01-01', 'future'],
    ['2026-02-30', 'calendar'],
    ['yesterday', 'YYYY-MM-DD'],
    ['1999-01-01', 'history starts at 20'],
  ])('asOf=%s is a 400 naming query.asOf', async (asOf, words) => {
    const response = await editor.get<ApiErrorBody>(`/api/gaps/matrix?asOf=${asOf}`);
    expect(response.status).toBe(400);
    const detail = response.body.error.details?.find((d) => d.field === 'query.asOf');
    expect(detail?.reason).toContain(words);
    expect(detail?.reasonZh).toMatch(/[\u4e00-\u9fff]/);
    // The history's start in the reader's clock: China time to the minute.
    if (words.startsWith('history')) expect(detail?.reasonZh).toMatch(/^历史记录始于北京时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（/);
  });
});

describe('GET /api/changes is checked', () => {
  it('names query.until when it is before since, and starts a period asked from before the history at its beginning', async () => {
    const reversed = await editor.get<ApiErrorBody>('/api/changes?since=2026-12-01T10:00:00Z&until=2026-12-01T09:00:00Z');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details?.map((d) => d.field)).toContain('query.until');
    // GET /api/history: when recording began, and that day in China time (the date controls' lower bound).
    const history = HistoryInfo.parse((await editor.get('/api/history')).body);
    expect(history.startedAt).not.toBeNull();
    expect(history.startDate).toBe(chinaToday(new Date(history.startedAt ?? '')));
    expect(history.today).toBe(chinaToday());
    // A period from before then starts there: nothing was recorded earlier (a new database asked "since today").
    const early = await editor.get('/api/changes?since=2001-01-01');
    expect(early.status, early.text).toBe(200);
    const fromStart = ChangesView.parse(early.body);
    expect(fromStart.since).toBe(history.startedAt);
    expect(fromStart.sinceAsked).toBe('2000-12-31T16:00:00.000Z');
    const fromStartDate = ChangesView.parse((await editor.get(`/api/changes?since=${history.startedAt ?? ''}`)).body);
    expect(fromStartDate.sinceAsked).toBeNull();
    expect(fromStartDate.total).toBe(fromStart.total);
    const missing = await editor.get<ApiErrorBody>('/api/changes');
    expect(missing.status).toBe(400);
    expect(missing.body.error.details?.map((d) => d.field)).toEqual(['query.since']);
  });
});

describe('the chain view and a node, as of before an edit', () => {
  it('show the name the node had, and the chain as it was', async () => {
    const firm = await fx.db.read(async (tx) =>
      z.object({ id: z.string(), name: z.string(), industry: z.string() }).parse(
        (
          await tx.run(
            `MATCH (e:Enterprise)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(i:Industry)
             RETURN e.id AS id, e.nameZh AS name, i.id AS industry ORDER BY e.id LIMIT 1`,
          )
        ).records[0]?.toObject(),
      ),
    );
    const chainPath = `/api/industries/${firm.industry}/chain?expand=all`;
    const chainBefore = (await editor.get(chainPath)).text;
    await pause(20);
    const beforeEdit = new Date().toISOString();
    await pause(20);
    const node = await editor.get<{ version: number }>(`/api/edit/nodes/${firm.id}`);
    const renamed = `${firm.name}（改名）`;
    const patched = await editor.request('PATCH', `/api/edit/nodes/${firm.id}`, { json: { version: node.body.version, changes: { nameZh: renamed } } });
    expect(patched.status, patched.text).toBe(200);

    const nameAt = async (asOf?: string): Promise<unknown> =>
      EntityDetail.parse((await editor.get(`/api/entities/${firm.id}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`)).body).entity.nameZh;
    expect(await nameAt()).toBe(renamed);
    expect(await nameAt(beforeEdit)).toBe(firm.name);
    const chainThen = await editor.get(`${chainPath}&asOf=${encodeURIComponent(beforeEdit)}`);
    expect(chainThen.status).toBe(200);
    expect(JSON.parse(chainThen.text)).toEqual(JSON.parse(chainBefore));
    expect((await editor.get(chainPath)).text).toContain(renamed);
  });
});
