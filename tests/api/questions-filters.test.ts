// Question tables filtered by industry, severity and rule, sorted by a column (severity by its rank),
// with the severity rank in the JSON rows and in the CSV / XLSX files, which honour the same view.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GapList, QuestionResult, SEVERITY_RANK } from '../../graph/model';
import { seededTestServer } from '../helpers/seededServer';
import { getJson } from '../helpers/server';

const fx = seededTestServer({ datasets: ['nantong', 'demo'] });

async function answer(path: string): Promise<QuestionResult> {
  const { status, body } = await getJson(fx.baseUrl, path);
  expect(status).toBe(200);
  return QuestionResult.parse(body);
}

async function download(path: string): Promise<Buffer> {
  const response = await fetch(fx.baseUrl + path);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const ranks = (result: QuestionResult): number[] => result.rows.map((r) => Number(r.severityRank));
const isSorted = (values: readonly number[], sign: 1 | -1): boolean => values.every((v, i) => i === 0 || sign * (v - values[i - 1]!) >= 0);

describe('severity rank', () => {
  it('is a column right after severity, high 3 > medium 2 > low 1, and each row says what it is about', async () => {
    const result = await answer('/api/questions/gaps-by-rule');
    const keys = result.columns.map((c) => c.key);
    expect(keys.indexOf('severityRank')).toBe(keys.indexOf('severity') + 1);
    expect(result.columns.find((c) => c.key === 'severityRank')).toMatchObject({ titleZh: '严重程度排序', titleEn: 'Severity rank' });
    expect(result.columns.find((c) => c.key === 'severity')?.sortBy).toBe('severityRank');
    expect(result.refs).toHaveLength(result.rows.length);
    const words = { high: '高', medium: '中', low: '低' } as const;
    result.rows.forEach((row, i) => {
      const severity = result.refs[i]!.severity!;
      expect(row.severityRank).toBe(SEVERITY_RANK[severity]);
      expect(String(row.severity)).toContain(words[severity]);
    });
    expect(new Set(ranks(result))).toEqual(new Set([3, 2, 1]));
    expect(result.facets.rules.length).toBeGreaterThan(3);
  });

  it('sorts by severity through the rank, both ways, and by a text column', async () => {
    const desc = await answer('/api/questions/gaps-by-rule?sort=severity&order=desc');
    expect(isSorted(ranks(desc), -1)).toBe(true);
    expect(desc.rows[0]?.severityRank).toBe(3);
    const asc = await answer('/api/questions/gaps-by-rule?sort=severity');
    expect(isSorted(ranks(asc), 1)).toBe(true);
    expect(asc.rows[0]?.severityRank).toBe(1);
    const byName = await answer('/api/questions/counties-without-co-built-park?lang=en&sort=region&order=desc');
    const regions = byName.rows.map((r) => String(r.region));
    expect(regions).toEqual([...regions].sort().reverse());
  });
});

describe('filters', () => {
  it('keeps the rows of one severity, one rule, one industry, agreeing with GET /api/gaps', async () => {
    const high = await answer('/api/questions/gaps-by-rule?severity=high');
    const engineHigh = GapList.parse((await getJson(fx.baseUrl, '/api/gaps?severity=high')).body);
    expect(high.total).toBe(engineHigh.total);
    expect(high.refs.every((r) => r.severity === 'high')).toBe(true);
    expect(high.rows.map((r) => r.gapId).sort()).toEqual(engineHigh.items.map((g) => g.id).sort());

    const rule = await answer('/api/questions/gaps-by-rule?rule=chain-missing-link&industry=high-end-textiles');
    const links = await answer('/api/questions/links-without-local-firm?industry=high-end-textiles');
    expect(rule.total).toBeGreaterThan(0);
    expect(rule.rows.map((r) => r.gapId)).toEqual(links.rows.map((r) => r.gapId));
    expect(links.refs.every((r) => r.industry?.id === 'high-end-textiles' && r.rule === 'chain-missing-link')).toBe(true);
    expect(links.rows.every((r) => r.industry === '高端纺织')).toBe(true);
  });

  it('offers every value as a facet, read before filtering, with industry names', async () => {
    const all = await answer('/api/questions/links-without-local-firm');
    const one = await answer('/api/questions/links-without-local-firm?industry=high-end-textiles');
    expect(one.facets).toEqual(all.facets);
    expect(all.facets.industries.find((i) => i.id === 'high-end-textiles')).toEqual({ id: 'high-end-textiles', nameZh: '高端纺织', nameEn: 'High-end textiles' });
    expect(one.total).toBeLessThan(all.total);
  });

  it('row refs lead to the chain at the subject, or to the node when the row has no industry', async () => {
    const links = await answer('/api/questions/links-without-local-firm');
    const fibre = links.refs[links.rows.findIndex((r) => r.gapId === 'chain-missing-link:textiles-fibre')];
    expect(fibre).toMatchObject({ industry: { id: 'high-end-textiles' }, node: { id: 'textiles-fibre', label: 'ChainLink' }, rule: 'chain-missing-link' });
    const counties = await answer('/api/questions/counties-without-co-built-park');
    expect(counties.refs.every((r) => r.industry === null && r.node?.label === 'Region')).toBe(true);
    const matrix = await answer('/api/questions/six-ones-matrix');
    expect(matrix.refs.every((r) => r.industry?.id === r.node?.id && r.severity === null)).toBe(true);
  });
});

describe('downloads honour the view', () => {
  it('CSV: the filtered rows in the sorted order, with the rank column in Chinese', async () => {
    const view = 'industry=high-end-textiles&sort=severity&order=desc';
    const json = await answer(`/api/questions/gaps-by-rule?${view}`);
    const records: string[][] = parse(await download(`/api/questions/gaps-by-rule?format=csv&${view}`), { bom: true });
    const header = records[0]!;
    expect(header).toEqual(json.columns.map((c) => c.titleZh));
    expect(header.indexOf('严重程度排序')).toBe(header.indexOf('严重程度') + 1);
    expect(records).toHaveLength(json.total + 1);
    const gapIds = records.slice(1).map((r) => r[header.indexOf('缺口编号')]);
    expect(gapIds).toEqual(json.rows.map((r) => r.gapId));
    const fileRanks = records.slice(1).map((r) => Number(r[header.indexOf('严重程度排序')]));
    expect(isSorted(fileRanks, -1)).toBe(true);
    expect(records.slice(1).every((r) => r[header.indexOf('产业')] === '高端纺织')).toBe(true);
  });

  it('XLSX: the rank column in English, numbers sorted ascending, one severity kept', async () => {
    const view = 'lang=en&severity=medium&sort=severity';
    const json = await answer(`/api/questions/gaps-by-rule?${view}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`/api/questions/gaps-by-rule?format=xlsx&${view}`)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (row: number): unknown[] => ((sheet.getRow(row).values as unknown[]) ?? []).slice(1);
    const header = values(1);
    expect(header.indexOf('Severity rank')).toBe(header.indexOf('Severity') + 1);
    expect(sheet.rowCount).toBe(json.total + 1);
    const rankColumn = header.indexOf('Severity rank');
    const fileRanks = Array.from({ length: json.total }, (_, i) => values(i + 2)[rankColumn]);
    expect(fileRanks.every((r) => r === 2)).toBe(true);
    const gapIds = Array.from({ length: json.total }, (_, i) => values(i + 2)[header.indexOf('Gap id')]);
    expect(gapIds).toEqual(json.rows.map((r) => r.gapId));
  });

  it('XLSX sorted by rank descending puts high first, low last', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('/api/questions/gaps-by-rule?format=xlsx&sort=severityRank&order=desc')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = ((sheet.getRow(1).values as unknown[]) ?? []).slice(1);
    const column = header.indexOf('严重程度排序') + 1;
    const fileRanks = Array.from({ length: sheet.rowCount - 1 }, (_, i) => Number(sheet.getRow(i + 2).getCell(column).value));
    expect(isSorted(fileRanks, -1)).toBe(true);
    expect(fileRanks[0]).toBe(3);
    expect(fileRanks.at(-1)).toBe(1);
  });
});

describe('bad filter and sort values', () => {
  type ErrorBody = { error: { message: string; messageZh: string; details: { field: string; reason: string; reasonZh: string }[] } };
  it.each([
    ['severity=urgent', 'query.severity', null],
    ['rule=no-such-rule', 'query.rule', null],
    ['industry=no-such-industry', 'query.industry', 'no-such-industry'],
    ['industry=bad%20id!', 'query.industry', null],
    ['sort=nope', 'query.sort', 'nope'],
    ['sort=region&order=sideways', 'query.order', null],
    ['colour=red', 'query', null],
  ] as const)('%s is a 400 naming %s in English and Chinese', async (query, field, named) => {
    const { status, body } = await getJson(fx.baseUrl, `/api/questions/gaps-by-rule?${query}`);
    expect(status).toBe(400);
    const { error } = body as ErrorBody;
    const detail = error.details.find((d) => d.field === field);
    expect(detail, JSON.stringify(error.details)).toBeDefined();
    expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(detail!.reasonZh).toMatch(/[\u4e00-\u9fff]/);
    if (named) {
      expect(detail!.reason).toContain(named);
      expect(detail!.reasonZh).toContain(named);
    }
    // The download refuses the same view rather than sending a file that does not match.
    expect((await fetch(`${fx.baseUrl}/api/questions/gaps-by-rule?format=csv&${query}`)).status).toBe(400);
  });
});
