// Named analyst questions on the seed data (nantong, demo and nantong-public): JSON rows that agree with the gap engine, and CSV / XLSX
// downloads that parse back with the expected headers and rows.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GapList, MAX_QUESTION_ROWS, QuestionInfo, QuestionResult, SOURCE_KIND_NAMES, TargetProgressList } from '../../graph/model';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

const fx = seededTestServer({ datasets: ['nantong', 'demo', 'nantong-public'] });

async function answer(path: string): Promise<QuestionResult> {
  const { status, body } = await getJson(fx.baseUrl, path);
  expect(status).toBe(200);
  return QuestionResult.parse(body);
}

async function download(path: string): Promise<{ response: Response; bytes: Buffer }> {
  const response = await fetch(fx.baseUrl + path);
  expect(response.status).toBe(200);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('GET /api/questions', () => {
  it('lists the named questions with bilingual titles and columns', async () => {
    const { status, body } = await getJson(fx.baseUrl, '/api/questions');
    expect(status).toBe(200);
    const items = QuestionInfo.array().parse((body as { items: unknown }).items);
    const ids = items.map((q) => q.id);
    for (const id of [
      'industries-without-platform-set',
      'links-without-local-firm',
      'counties-without-co-built-park',
      'counties-without-high-tech-zone',
      'industries-without-partner',
      'industries-missing-lead-firm',
      'targets-behind-or-no-data',
      'uncovered-tech-fields',
    ]) {
      expect(ids).toContain(id);
    }
    for (const q of items) {
      expect(q.titleZh && q.titleEn && q.descriptionZh && q.descriptionEn).toBeTruthy();
      expect(q.columns.length).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/questions/chain-gap-recommendations (补链招商推荐)', () => {
  it('lists every chain gap once per candidate, in rank order, or once with the data missing; CSV and XLSX alike', async () => {
    const gaps = GapList.parse((await getJson(fx.baseUrl, '/api/gaps?rule=chain-missing-link,chain-break-risk,chain-weak-link')).body);
    const result = await answer('/api/questions/chain-gap-recommendations?lang=en');
    const expected = gaps.items.reduce((n, g) => n + Math.max(1, g.suggestions.length), 0);
    expect(result.total).toBe(expected);
    // The demo's outside firms name candidates for some gaps: their rows follow the engine's order and reasons.
    const named = gaps.items.find((g) => g.suggestions.length > 0);
    expect(named).toBeDefined();
    const rows = result.rows.filter((r) => r.gapId === named?.id);
    expect(rows.map((r) => [r.rank, r.score, r.reasons])).toEqual(named?.suggestions.map((s, i) => [i + 1, s.score, s.reasonEn]));
    const bare = result.rows.find((r) => r.candidate === null || r.candidate === '');
    expect(String(bare?.missingData)).toMatch(/^No firm outside Nantong in the graph covers/);
    expect(result.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['candidate', 'score', 'reasons', 'missingData']));
    const zh = await answer('/api/questions/chain-gap-recommendations');
    expect(String(zh.rows.find((r) => r.gapId === named?.id)?.reasons)).toMatch(/覆盖环节「|研究本环节所需/);
    const csv: string[][] = parse((await download('/api/questions/chain-gap-recommendations?format=csv')).bytes, { bom: true });
    expect(csv).toHaveLength(zh.total + 1);
    expect(csv[0]).toEqual(expect.arrayContaining(['推荐对象', '推荐理由', '缺少的数据']));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('/api/questions/chain-gap-recommendations?format=xlsx&lang=en')).bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.rowCount).toBe(result.total + 1);
  });
});

describe('GET /api/questions/:id as JSON', () => {
  it('answers in Chinese by default, one row per gap of the rule it is built on', async () => {
    const result = await answer('/api/questions/links-without-local-firm');
    const gaps = GapList.parse((await getJson(fx.baseUrl, '/api/gaps?rule=chain-missing-link')).body);
    expect(result.lang).toBe('zh');
    expect(result.total).toBe(gaps.total);
    expect(result.rows.map((r) => r.gapId)).toEqual(gaps.items.map((g) => g.id));
    for (const row of result.rows) expect(Object.keys(row).sort()).toEqual(result.columns.map((c) => c.key).sort());
    const design = result.rows.find((r) => r.gapId === 'chain-missing-link:ship-design');
    expect(design).toMatchObject({ industry: '船舶及重装备', link: '船舶设计研发', outsideFirms: '上海船舶设计公司（示例）', illustrative: true });
    // The gap's own sentence names the firm with the same one mark.
    const gap = gaps.items.find((g) => g.id === 'chain-missing-link:ship-design');
    expect(gap?.explanationZh).toContain('「上海船舶设计公司（示例）」');
    expect(gap?.explanationEn).toContain('"Shanghai Ship Design Co. (illustrative)"');
    expect(result.notice).toContain('数据缺口');
  });

  it('answers in English with lang=en', async () => {
    const result = await answer('/api/questions/counties-without-co-built-park?lang=en');
    expect(result.rows.map((r) => r.region).sort()).toEqual(['Chongchuan District', 'Haimen District', 'Rugao City', 'Tongzhou District']);
  });

  it('agrees with the engine on targets, lead firms and platform sets', async () => {
    const targets = TargetProgressList.parse((await getJson(fx.baseUrl, '/api/targets/progress')).body);
    expect((await answer('/api/questions/targets-behind-or-no-data')).total).toBe(targets.counts.offTrack + targets.counts.noData);
    const leads = GapList.parse((await getJson(fx.baseUrl, '/api/gaps?rule=six-ones-lead-firm')).body);
    expect((await answer('/api/questions/industries-missing-lead-firm')).total).toBe(leads.total);
    const platforms = await answer('/api/questions/industries-without-platform-set');
    expect(platforms.rows.find((r) => r.industry === '高端纺织')).toMatchObject({ status: '部分落实', platformCount: 1 });
  });

  it('lists top candidates and the reason for the first', async () => {
    const result = await answer('/api/questions/uncovered-tech-fields');
    const drugs = result.rows.find((r) => r.field === '创新药物研发');
    expect(String(drugs?.candidates)).toContain('上海创新药物研究所（示例）');
    expect(String(drugs?.topReason)).toContain('研究「创新药物研发」');
  });

  it('answers an unknown question with 404 and a bad format or language with 400 naming the field', async () => {
    expect((await getJson(fx.baseUrl, '/api/questions/no-such-question')).status).toBe(404);
    for (const [query, field] of [
      ['format=pdf', 'query.format'],
      ['lang=fr', 'query.lang'],
    ] as const) {
      const { status, body } = await getJson(fx.baseUrl, `/api/questions/links-without-local-firm?${query}`);
      expect(status).toBe(400);
      expect((body as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(field);
    }
  });
});

describe('downloads', () => {
  it('CSV: UTF-8 with BOM, Chinese headers, the same rows as JSON', async () => {
    const json = await answer('/api/questions/links-without-local-firm');
    const { response, bytes } = await download('/api/questions/links-without-local-firm?format=csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="innochain-links-without-local-firm-zh-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '')).toContain(json.titleZh);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(bytes, { bom: true });
    expect(records[0]).toEqual(json.columns.map((c) => c.titleZh));
    expect(records).toHaveLength(json.total + 1);
    const linkColumn = json.columns.findIndex((c) => c.key === 'link');
    const illustrativeColumn = json.columns.findIndex((c) => c.key === 'illustrative');
    const design = records.find((r) => r[linkColumn] === '船舶设计研发');
    expect(design?.[illustrativeColumn]).toBe('是');
    // An illustrative firm's name carries the one mark in the download too, so it is never taken for real.
    expect(design?.[json.columns.findIndex((c) => c.key === 'outsideFirms')]).toBe('上海船舶设计公司（示例）');
  });

  it('XLSX: a sheet with the header and rows (read back with exceljs), and an about sheet', async () => {
    const json = await answer('/api/questions/counties-without-high-tech-zone?lang=en');
    const { response, bytes } = await download('/api/questions/counties-without-high-tech-zone?format=xlsx&lang=en');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = (row: number): unknown[] => ((sheet?.getRow(row).values as unknown[]) ?? []).slice(1);
    expect(values(1)).toEqual(json.columns.map((c) => c.titleEn));
    expect(sheet?.rowCount).toBe(json.total + 1);
    const regionColumn = json.columns.findIndex((c) => c.key === 'region');
    const regions = Array.from({ length: json.total }, (_, i) => values(i + 2)[regionColumn]);
    expect(regions.sort()).toEqual(json.rows.map((r) => r.region).sort());
    expect(workbook.worksheets[1]?.getRow(3).getCell(1).value).toContain('gap in the data');
  });

  it('XLSX in Chinese: the six-ones matrix with Chinese headers', async () => {
    const json = await answer('/api/questions/six-ones-matrix');
    const { bytes } = await download('/api/questions/six-ones-matrix?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(((sheet?.getRow(1).values as unknown[]) ?? []).slice(1)).toEqual(json.columns.map((c) => c.titleZh));
    expect(sheet?.rowCount).toBe(json.total + 1);
    expect(sheet?.name).toBe(json.titleZh.slice(0, 31));
    const cells = JSON.stringify(Array.from({ length: json.total }, (_, i) => sheet?.getRow(i + 2).values));
    expect(cells).toContain('（示例）');
    expect(cells).not.toMatch(/虚构|示例[^）]/);
  });
});

describe('organisations on each chain link, with sources (nantong-public)', () => {
  const ID = 'link-organisations-with-sources';
  const SOURCE_KEYS = ['sourceKind', 'sourceRef', 'sourceUrl', 'observedAt'];
  const count = (cypher: string) => fx.db.read(async (tx) => (await tx.run(cypher)).records[0]?.get('c') as number);

  it('has one row per COVERS relationship, and every public fact a web address and a date', async () => {
    const result = await answer(`/api/questions/${ID}?lang=en`);
    const covers = await count('MATCH (:Industry)-[:HAS_LINK]->(:ChainLink)<-[r:COVERS]-() RETURN count(r) AS c');
    expect(covers).toBe(await count('MATCH ()-[r:COVERS]->() RETURN count(r) AS c'));
    expect(result.total).toBe(covers);
    const publicRows = result.rows.filter((r) => r.sourceKind === SOURCE_KIND_NAMES.public.en);
    expect(publicRows.length).toBe(await count("MATCH ()-[r:COVERS {sourceKind: 'public'}]->() RETURN count(r) AS c"));
    expect(publicRows.length).toBeGreaterThan(20);
    for (const row of publicRows) {
      expect(row.sourceUrl).toMatch(/^https?:\/\/\S+$/);
      expect(row.observedAt).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    // The screen knows which cells are links and dates; illustrative rows are marked like elsewhere.
    expect(result.columns.find((c) => c.key === 'sourceUrl')?.format).toBe('url');
    expect(result.columns.find((c) => c.key === 'observedAt')?.format).toBe('date');
    expect(result.rows.some((r) => r.illustrative === true)).toBe(true);
    expect(new Set(result.rows.map((r) => r.local))).toEqual(new Set(['Local', 'Outside']));
  });

  it('keeps one industry with the industry filter', async () => {
    const all = await answer(`/api/questions/${ID}`);
    const textiles = await answer(`/api/questions/${ID}?industry=high-end-textiles`);
    expect(textiles.total).toBeGreaterThan(0);
    expect(textiles.total).toBeLessThan(all.total);
    expect(textiles.refs.every((r) => r.industry?.id === 'high-end-textiles')).toBe(true);
  });

  it('cuts the answer at limit, says truncated, narrows by industry before the cut, and keeps every industry in the filter', async () => {
    const all = await answer(`/api/questions/${ID}?lang=en`);
    expect(all).toMatchObject({ limit: MAX_QUESTION_ROWS, truncated: false });
    const cut = await answer(`/api/questions/${ID}?lang=en&limit=10`);
    expect(cut).toMatchObject({ total: 10, limit: 10, truncated: true });
    expect(cut.rows).toEqual(all.rows.slice(0, 10));
    const industries = await count('MATCH (i:Industry) WHERE EXISTS { (i)-[:HAS_LINK]->(:ChainLink)<-[:COVERS]-() } RETURN count(i) AS c');
    expect(new Set(cut.refs.map((r) => r.industry?.id)).size).toBeLessThan(industries);
    expect(cut.facets.industries).toHaveLength(industries);
    const textiles = await answer(`/api/questions/${ID}?industry=high-end-textiles`);
    const textilesCut = await answer(`/api/questions/${ID}?industry=high-end-textiles&limit=3`);
    expect(textiles.total).toBeGreaterThan(3);
    expect(textilesCut).toMatchObject({ total: 3, truncated: true });
    expect(textilesCut.rows).toEqual(textiles.rows.slice(0, 3));
    // The download holds the same rows, and its about sheet says it was cut.
    const csv: string[][] = parse((await download(`/api/questions/${ID}?format=csv&lang=en&limit=10`)).bytes, { bom: true });
    expect(csv).toHaveLength(11);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`/api/questions/${ID}?format=xlsx&lang=en&limit=10`)).bytes as unknown as ArrayBuffer);
    const about = workbook.worksheets[1]?.getSheetValues().flat().map(String).join(' ');
    expect(about).toContain('Only the first 10 rows');
  });

  it('cuts any question at limit and answers a limit out of range with a 400 naming query.limit', async () => {
    const whole = await answer('/api/questions/links-without-local-firm');
    expect(whole.total).toBeGreaterThan(1);
    expect(await answer('/api/questions/links-without-local-firm?limit=1')).toMatchObject({ total: 1, truncated: true, rows: whole.rows.slice(0, 1) });
    for (const limit of ['0', String(MAX_QUESTION_ROWS + 1), 'ten']) {
      const { status, body } = await getJson(fx.baseUrl, `/api/questions/${ID}?limit=${limit}`);
      expect(status, limit).toBe(400);
      expect(body).toMatchObject({ error: { code: 'validation_failed', details: [{ field: 'query.limit' }] } });
    }
  });

  it('CSV and XLSX carry the same source columns as the JSON rows', async () => {
    const json = await answer(`/api/questions/${ID}`);
    const csv: string[][] = parse((await download(`/api/questions/${ID}?format=csv`)).bytes, { bom: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`/api/questions/${ID}?format=xlsx`)).bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const xlsx = Array.from({ length: sheet.rowCount }, (_, i) => json.columns.map((_c, j) => sheet.getRow(i + 1).getCell(j + 1).text));
    const at = SOURCE_KEYS.map((key) => json.columns.findIndex((c) => c.key === key));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at.map((i) => csv[0]?.[i])).toEqual(['来源类别', '来源出处', '来源网址', '观察日期']);
    expect(xlsx[0]).toEqual(csv[0]);
    expect(xlsx).toHaveLength(json.total + 1);
    expect(csv).toHaveLength(json.total + 1);
    const sources = (rows: string[][]) => rows.slice(1).map((r) => at.map((i) => r[i] ?? ''));
    expect(sources(xlsx)).toEqual(sources(csv));
    expect(sources(csv)).toEqual(json.rows.map((r) => SOURCE_KEYS.map((k) => (r[k] == null ? '' : String(r[k])))));
  });
});

describe('questions scoped by region=', () => {
  const inHaimen = (id: string) =>
    fx.db.read(async (tx) => {
      const cypher = `MATCH (o {id: $id}) RETURN EXISTS { (o)-[:LOCATED_IN*1..3]->(:Region)-[:PART_OF*0..]->(:Region {id: 'haimen-district'}) } AS inside`;
      return (await tx.run(cypher, { id })).records[0]?.get('inside') as boolean;
    });

  it('calls local only the organisations inside the county, in rows and downloads', async () => {
    const city = await answer('/api/questions/link-organisations-with-sources?lang=en');
    const county = await answer('/api/questions/link-organisations-with-sources?lang=en&region=haimen-district');
    expect(county.total).toBe(city.total);
    const local = (result: QuestionResult) => result.rows.filter((r) => r.local === 'Local').length;
    expect(local(county)).toBeGreaterThan(0);
    expect(local(county)).toBeLessThan(local(city));
    for (const [i, row] of county.rows.entries()) {
      expect(row.local, String(row.organisation)).toBe((await inHaimen(county.refs[i]?.node?.id ?? '')) ? 'Local' : 'Outside');
    }
    const csv: string[][] = parse((await download('/api/questions/link-organisations-with-sources?format=csv&lang=en&region=haimen-district')).bytes, {
      bom: true,
    });
    const column = county.columns.findIndex((c) => c.key === 'local');
    expect(csv.slice(1).filter((r) => r[column] === 'Local')).toHaveLength(local(county));
  });

  it('finds more links without a local firm in a county than in the city, as the gap engine does for it', async () => {
    const city = await answer('/api/questions/links-without-local-firm');
    const county = await answer('/api/questions/links-without-local-firm?region=haimen-district');
    expect(county.total).toBeGreaterThan(city.total);
  });

  it('answers an unknown region with a 400 naming query.region', async () => {
    for (const path of ['/api/questions/six-ones-matrix?region=atlantis', '/api/questions/six-ones-matrix?format=csv&region=atlantis']) {
      const { status, body } = await getJson(fx.baseUrl, path);
      expect(status, path).toBe(400);
      expect(body).toMatchObject({ error: { code: 'validation_failed', details: [{ field: 'query.region' }] } });
    }
  });
});
