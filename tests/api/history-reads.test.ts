// As-of reads beyond the gap routes (issue 18 §2): search, the analyst questions, target progress and
// briefings read the graph as recorded before three edits (a renamed firm, a deleted LEADS, a new
// measurement) made through the API; future and malformed dates are 400s naming the field.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GapList, GapMatrix, QuestionResult, SearchResult, TargetProgressList, type ApiErrorBody } from '../../graph/model';
import { assembleBriefing } from '../../server/briefings/assemble';
import { asOfStatement } from '../../server/briefings/asOfText';
import { activeGapConfig } from '../../server/gaps/config';
import { momentOf } from '../../server/history/asOf';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

const fx = seededTestServer({ datasets: ['nantong', 'demo'] });
let editor: ApiClient;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const at = (asOf: string | undefined): string => (asOf ? `asOf=${encodeURIComponent(asOf)}` : '');
const join = (path: string, ...query: string[]): string => {
  const q = query.filter(Boolean).join('&');
  return q ? `${path}${path.includes('?') ? '&' : '?'}${q}` : path;
};

const NEW_NAME = '历史检索测试新名企业';
const FirmRow = z.object({ id: z.string(), name: z.string(), industry: z.string() });

/** What the edits were made to, and the moments before and after them. */
let firm: z.infer<typeof FirmRow>;
let lead: { industry: string; firmId: string; firmZh: string; industryZh: string };
let target: { id: string; year: number };
let beforeEdit: string;
let afterEdit: string;

const searchIds = async (q: string, asOf?: string): Promise<string[]> => {
  const response = await editor.get(join(`/api/search?q=${encodeURIComponent(q)}&limit=100`, at(asOf)));
  expect(response.status, response.text).toBe(200);
  return SearchResult.parse(response.body).items.map((hit) => hit.id);
};
const question = async (id: string, query: string, asOf?: string): Promise<QuestionResult> => {
  const response = await editor.get(join(`/api/questions/${id}${query}`, at(asOf)));
  expect(response.status, response.text).toBe(200);
  return QuestionResult.parse(response.body);
};
const progress = async (asOf?: string): Promise<TargetProgressList> => {
  const response = await editor.get(join('/api/targets/progress', at(asOf)));
  expect(response.status, response.text).toBe(200);
  return TargetProgressList.parse(response.body);
};
const seriesYears = (list: TargetProgressList): number[] => list.items.find((i) => i.target.id === target.id)?.series.map((p) => p.year) ?? [];

beforeAll(async () => {
  editor = await fx.login('editor');
  firm = await fx.db.read(async (tx) =>
    FirmRow.parse(
      (
        await tx.run(
          `MATCH (e:Enterprise)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(i:Industry)
           WHERE NOT EXISTS { (e)-[:LEADS]->() }
           RETURN e.id AS id, e.nameZh AS name, i.id AS industry ORDER BY e.id LIMIT 1`,
        )
      ).records[0]?.toObject(),
    ),
  );
  const matrix = GapMatrix.parse((await editor.get('/api/gaps/matrix')).body);
  const row = matrix.rows.find((r) => (r.cells.leadFirm?.holders.length ?? 0) === 1 && r.cells.leadFirm?.holders[0]?.id !== firm.id);
  const holder = row?.cells.leadFirm?.holders[0];
  if (!row || !holder) throw new Error('the seeded matrix needs an industry with exactly one lead firm');
  lead = { industry: row.industry.id, firmId: holder.id, firmZh: holder.nameZh, industryZh: row.industry.nameZh };
  const judged = (await progress()).items.find((i) => i.status !== 'qualitative' && i.indicator !== null && i.series.length > 0);
  if (!judged) throw new Error('the seeded targets need one judged on a series');
  target = { id: judged.target.id, year: Math.max(...judged.series.map((p) => p.year)) + 1 };

  await pause(20);
  beforeEdit = new Date().toISOString();
  await pause(20);
  // 1. Rename the firm.
  const node = await editor.get<{ version: number }>(`/api/edit/nodes/${firm.id}`);
  const renamed = await editor.request('PATCH', `/api/edit/nodes/${firm.id}`, { json: { version: node.body.version, changes: { nameZh: NEW_NAME } } });
  expect(renamed.status, renamed.text).toBe(200);
  // 2. Delete the only LEADS of an industry: its lead-firm gap opens.
  const key = `LEADS/${lead.firmId}/${lead.industry}`;
  const relationship = await editor.get<{ version: number }>(`/api/edit/relationships/${key}`);
  const deleted = await editor.request('DELETE', `/api/edit/relationships/${key}?version=${relationship.body.version}`);
  expect(deleted.status, deleted.text).toBe(200);
  // 3. A measurement of the target's indicator for a year after its series.
  const indicatorId = (await progress()).items.find((i) => i.target.id === target.id)?.indicator?.id;
  const created = await editor.post('/api/edit/nodes', {
    label: 'Measurement',
    properties: { id: 'm-history-reads', nameZh: '历史读取监测值', nameEn: 'History reads measurement', indicatorId, year: target.year, value: 1 },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await pause(20);
  afterEdit = new Date().toISOString();
}, 120_000);

describe('search as of before the rename', () => {
  it('finds the old name and not the new; today the new', async () => {
    expect(await searchIds(firm.name, beforeEdit)).toContain(firm.id);
    expect(await searchIds(NEW_NAME, beforeEdit)).not.toContain(firm.id);
    expect(await searchIds(NEW_NAME)).toContain(firm.id);
    expect(await searchIds(NEW_NAME, afterEdit)).toContain(firm.id);
  });
});

describe('questions as of before the edits', () => {
  it('answer the old way: no lead-firm gap, the old organisation name', async () => {
    const missing = (asOf?: string) => question('industries-missing-lead-firm', '?lang=zh', asOf);
    expect((await missing()).refs.map((r) => r.industry?.id)).toContain(lead.industry);
    expect((await missing(beforeEdit)).refs.map((r) => r.industry?.id)).not.toContain(lead.industry);

    const organisations = async (asOf?: string): Promise<string[]> => {
      const answer = await question('link-organisations-with-sources', `?lang=zh&industry=${firm.industry}`, asOf);
      return answer.rows.flatMap((row, i) => (answer.refs[i]?.node?.id === firm.id ? [String(row.organisation)] : []));
    };
    // A name may carry the illustrative mark, 航空零部件公司（示例）.
    const then = await organisations(beforeEdit);
    expect(then.length).toBeGreaterThan(0);
    expect(then.every((name) => name.startsWith(firm.name) && !name.includes(NEW_NAME))).toBe(true);
    expect((await organisations()).every((name) => name.startsWith(NEW_NAME))).toBe(true);
  });
});

describe('target progress as of before the new measurement', () => {
  it('lacks it; today has it', async () => {
    expect(seriesYears(await progress())).toContain(target.year);
    expect(seriesYears(await progress(beforeEdit))).not.toContain(target.year);
  });
});

describe('a briefing as of before the edits', () => {
  it('states the date and holds the old gaps, lead firm and names', async () => {
    const regionId = activeGapConfig().config.cityId;
    const briefing = await assembleBriefing(fx.db, {
      scope: { kind: 'industries', ids: [lead.industry] },
      lang: 'zh',
      regionId,
      asOf: { date: beforeEdit, atMs: momentOf(beforeEdit) },
    });
    const oldGaps = GapList.parse((await editor.get(`/api/gaps?industry=${lead.industry}&${at(beforeEdit)}`)).body).items;
    const section = briefing.industries[0];
    expect(briefing.asOf).toBe(beforeEdit);
    expect(section?.gaps.map((g) => g.id)).toEqual(oldGaps.map((g) => g.id));
    expect(section?.gaps.some((g) => g.ruleId === 'six-ones-lead-firm')).toBe(false);
    expect(section?.row.cells.leadFirm?.holders.map((h) => h.id)).toEqual([lead.firmId]);

    // A city briefing then: its counties' map too, from the same past graph.
    const city = await assembleBriefing(fx.db, { scope: { kind: 'city' }, lang: 'en', regionId, asOf: { date: beforeEdit, atMs: momentOf(beforeEdit) } });
    expect(city.map?.map.children.length ?? 0).toBeGreaterThan(0);
    expect(city.targets.find((t) => t.target.id === target.id)?.series.map((p) => p.year)).not.toContain(target.year);

    const view = (lang: string, query = '') => editor.get(`/api/briefings/view?industries=${lead.industry}&lang=${lang}&${at(beforeEdit)}${query}`);
    const zh = await view('zh');
    expect(zh.status, zh.text.slice(0, 300)).toBe(200);
    expect(zh.text).toContain(asOfStatement(beforeEdit, 'zh'));
    expect(zh.text).toMatch(/截至 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）的记录/);
    const en = await view('en');
    expect(en.text).toContain(asOfStatement(beforeEdit, 'en'));
    expect(en.text).toMatch(/As recorded on \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(en.text).not.toContain('截至');

    const posted = await editor.post('/api/briefings', { scope: { kind: 'industries', ids: [lead.industry] }, format: 'html', asOf: beforeEdit });
    expect(posted.status, posted.text.slice(0, 300)).toBe(200);
    expect(posted.text).toContain(asOfStatement(beforeEdit, 'zh'));
    expect(posted.headers.get('content-disposition')).toContain('asof-');
  }, 120_000);

  it('with since, lists the changes from since to asOf', async () => {
    const zh = await editor.get(
      `/api/briefings/view?industries=${lead.industry}&since=${encodeURIComponent(beforeEdit)}&${at(afterEdit)}`,
    );
    expect(zh.status, zh.text.slice(0, 300)).toBe(200);
    expect(zh.text).toContain('与上期相比');
    expect(zh.text).toContain(`删除：${lead.firmZh} —LEADS→ ${lead.industryZh}`);
    // Since then to a moment before the edits: since after asOf is refused, naming since.
    const reversed = await editor.post<ApiErrorBody>('/api/briefings', {
      scope: { kind: 'industries', ids: [lead.industry] },
      format: 'html',
      since: afterEdit,
      asOf: beforeEdit,
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details?.map((d) => d.field)).toEqual(['body.since']);
  }, 120_000);
});

describe('asOf is checked on every one of these reads', () => {
  const routes = ['/api/search?q=南通', '/api/questions/six-ones-matrix', '/api/targets/progress', '/api/briefings/view'];
  it.each([
    ['2999-01-01', 'future'],
    ['yesterday', 'YYYY-MM-DD'],
    ['2026-02-30', 'calendar'],
  ])('asOf=%s is a 400 naming query.asOf or body.asOf', async (asOf, words) => {
    for (const route of routes) {
      const response = await editor.get<ApiErrorBody>(join(route, `asOf=${asOf}`));
      expect(response.status, route).toBe(400);
      const detail = response.body.error.details?.find((d) => d.field === 'query.asOf');
      expect(detail?.reason, route).toContain(words);
      expect(detail?.reasonZh, route).toMatch(/[\u4e00-\u9fff]/);
    }
    const posted = await editor.post<ApiErrorBody>('/api/briefings', { scope: { kind: 'city' }, format: 'html', asOf });
    expect(posted.status).toBe(400);
    expect(posted.body.error.details?.find((d) => d.field === 'body.asOf')?.reason).toContain(words);
  });
});

describe('the OpenAPI document', () => {
  it('documents asOf on each of these reads', async () => {
    const doc = z
      .object({ paths: z.record(z.string(), z.record(z.string(), z.object({ parameters: z.array(z.object({ name: z.string() })).optional() }).loose())) })
      .parse((await editor.get('/api/openapi.json')).body);
    for (const path of ['/api/search', '/api/questions/{id}', '/api/targets/progress', '/api/briefings/view']) {
      expect(doc.paths[path]?.get?.parameters?.map((p) => p.name), path).toContain('asOf');
    }
    expect(JSON.stringify(doc.paths['/api/briefings']?.post)).toContain('"asOf"');
  });
});
