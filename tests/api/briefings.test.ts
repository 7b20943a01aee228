// POST /api/briefings on the nantong + demo datasets: the Word file and the PDF are read back (unzip,
// pdftotext, pdffonts) and checked against the gap engine and the graph. The HTML view and bad requests
// are in briefings-view.test.ts and briefings-requests.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIX_ONES_NAMES, SIX_ONES_SLOTS, type Gap, type GapRuleInfo, type GapSummary } from '../../graph/model';
import { rankProblems } from '../../server/briefings/problems';
import { openCase } from '../../server/cases/service';
import { computeGaps, computeSummary, gapRules } from '../../server/gaps/service';
import { briefingTestServer, INDUSTRY } from '../helpers/briefings';
import { artifactPath, chromiumAvailable } from '../helpers/browser';

const fx = briefingTestServer();
const { post, scalar, row } = fx;
let rules: Map<string, GapRuleInfo>;
let industryGaps: Gap[];
let tmp: string;
let citySummary: GapSummary;
/** The city briefing's first problem, with a case opened on it (overdue); the others have none. */
let caseGap: Gap;
/** Indicators with targets: the one tied to INDUSTRY (CONCERNS), and the rest (zh names). */
let indicators: { linked: string; others: string[] };

/** Text as pdftotext or Word splits it: compare without any whitespace. */
const squash = (text: string): string => text.replace(/\s+/g, '');

const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface DocxParts {
  document: string;
  styles: string;
  media: { name: string; data: Buffer }[];
}

async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const media = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.startsWith('word/media/'))
      .map(async (name) => ({ name, data: Buffer.from(await zip.file(name)!.async('uint8array')) })),
  );
  return { document: await text('word/document.xml'), styles: await text('word/styles.xml'), media };
}

/** All text of a docx body, run texts joined, for phrase checks that must not depend on run splits. */
function docxText(documentXml: string): string {
  return [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function pdfTool(tool: 'pdftotext' | 'pdffonts', pdf: Buffer, name: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, pdf);
  // -raw keeps the page's drawing order, so each table cell's text stays together.
  return execFileSync(tool, tool === 'pdftotext' ? ['-raw', '-enc', 'UTF-8', file, '-'] : [file], { encoding: 'utf8' });
}

/** pdffonts rows: name, type, and the emb / sub / uni flags (read from the right: names may hold spaces). */
function pdfFonts(listing: string): { name: string; type: string; embedded: boolean; unicode: boolean }[] {
  return listing
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      const [emb, _sub, uni] = cells.slice(-5, -2);
      return { name: cells[0] ?? '', type: line.slice(37, 55).trim(), embedded: emb === 'yes', unicode: uni === 'yes' };
    });
}

/** Names of the illustrative 六个一 holders of an industry, from the graph itself. */
async function illustrativeHolders(industryId: string): Promise<string[]> {
  return scalar<string[]>(
    `MATCH (h:Entity)-[:PLANS|LEADS|SERVES|INVESTS_IN]->(:Industry {id: $id})
     WHERE h.sourceKind = 'illustrative' AND NOT h:Institute
     RETURN collect(h.nameZh) AS names`,
    { id: industryId },
    'names',
  );
}

async function linkNames(industryId: string): Promise<string[]> {
  return scalar<string[]>('MATCH (:Industry {id: $id})-[:HAS_LINK]->(l:ChainLink) RETURN collect(l.nameZh) AS names', { id: industryId }, 'names');
}

const hasChromium = chromiumAvailable();

/** A public source cited by one fact of the industry: the source list shows its address and date. */
const PUBLIC_PAGE = { url: 'https://example.org/textiles/2024?page=1', date: '2024-05-01' };

beforeAll(async () => {
  await fx.db.write((tx) =>
    tx.run(
      `MATCH (:Industry {id: $id})-[r:HAS_LINK]->(:ChainLink) WHERE r.sourceKind <> 'illustrative'
       WITH r LIMIT 1
       SET r.sourceKind = 'public', r.sourceRef = '南通日报', r.sourceUrl = $url, r.observedAt = $date`,
      { id: INDUSTRY, ...PUBLIC_PAGE },
    ),
  );
  rules = new Map(gapRules().map((r) => [r.id, r]));
  industryGaps = await computeGaps(fx.db, { industryIds: [INDUSTRY] });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'innochain-briefings-'));
  // One indicator concerns the industry: an industry briefing prints its targets and no other.
  const names = await scalar<{ id: string; name: string }[]>(
    'MATCH (:Target)-[:TARGET_FOR]->(i:Indicator) WITH DISTINCT i ORDER BY i.id RETURN collect({id: i.id, name: i.nameZh}) AS list',
    {},
    'list',
  );
  const linked = names[0]!;
  await fx.db.write((tx) =>
    tx.run(
      `MATCH (ind:Indicator {id: $indicator}), (i:Industry {id: $industry})
       CREATE (ind)-[:CONCERNS {sourceKind: 'user', sourceRef: 'briefing test'}]->(i)`,
      { indicator: linked.id, industry: INDUSTRY },
    ),
  );
  indicators = { linked: linked.name, others: names.slice(1).map((n) => n.name) };
  // A case on the city's most important problem, due in the past: the summary names its owner and says overdue.
  citySummary = await computeSummary(fx.db);
  caseGap = rankProblems(await computeGaps(fx.db), fx.rows)[0]!;
  await openCase(fx.db, { gapId: caseGap.id, ownerKind: 'department', owner: '市工业和信息化局', chainChief: '王链长', dueDate: '2020-01-01' }, 'briefing-test');
});

/** The text before the annex's first heading (the summary and the body). */
const beforeAnnex = (text: string, annex: string): string => {
  const at = text.indexOf(annex);
  expect(at, `${annex} missing`).toBeGreaterThan(0);
  return text.slice(0, at);
};

/** pdftotext's pages (it ends each with a form feed), whitespace removed. */
function pdfPages(pdf: Buffer, name: string): string[] {
  return pdfTool('pdftotext', pdf, name).split('\f').map(squash).slice(0, -1);
}

/** The body's first heading is on page 2, or opens page 3: the summary takes at most two pages. */
function expectSummaryWithinTwoPages(pages: string[], bodyHeading: string): void {
  const at = pages.findIndex((p) => p.includes(bodyHeading));
  expect(at === 1 || (at === 2 && pages[2]!.startsWith(bodyHeading)), `${bodyHeading} on page ${at + 1}: ${pages[at]?.slice(0, 80)}`).toBe(true);
}

/** No page is nearly empty: each but the last holds at least a quarter of the median page's text. */
function expectNoNearlyEmptyPage(pages: string[]): void {
  const sizes = pages.map((p) => p.length);
  const median = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)]!;
  sizes.slice(0, -1).forEach((size, i) => expect(size, `page ${i + 1} of ${sizes.length}: ${size} characters, median ${median}`).toBeGreaterThanOrEqual(median / 4));
}

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('POST /api/briefings (Word)', () => {
  it('builds one industry as a docx with headings, the 六个一 table, gap titles and the chain image', async () => {
    expect(industryGaps.length).toBeGreaterThan(0);
    const answer = await post({ scope: { kind: 'industries', ids: [INDUSTRY] }, format: 'docx' });
    expect(answer.status, answer.body.toString('utf8').slice(0, 500)).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    writeFileSync(artifactPath('briefing-industry.zh.docx'), answer.body);

    const disposition = answer.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="innochain-briefing-high-end-textiles-\d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''/);
    const row = fx.rows.find((r) => r.industry.id === INDUSTRY)!;
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toContain(row.industry.nameZh);

    const docx = await readDocx(answer.body);
    const text = docxText(docx.document);
    expect(docx.document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(docx.document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(docx.document).toContain('<w:tblHeader/>');
    expect(text).toContain(row.industry.nameZh);
    for (const gap of industryGaps) expect(text).toContain(rules.get(gap.ruleId)!.titleZh);
    for (const slot of SIX_ONES_SLOTS) expect(text).toContain(SIX_ONES_NAMES[slot].zh);
    // The 六个一 statuses as the engine reports them, one per slot.
    for (const slot of SIX_ONES_SLOTS) {
      const label = { filled: '已落实', partial: '部分落实', 'not-recorded': '未记录', 'confirmed-missing': '确认缺失' }[row.cells[slot].status];
      expect(text).toContain(`${SIX_ONES_NAMES[slot].zh}`);
      expect(text).toContain(label);
    }
    const illustrative = await illustrativeHolders(INDUSTRY);
    expect(illustrative.length).toBeGreaterThan(0);
    for (const name of illustrative) expect(text).toContain(xmlEscape(`${name}（示例）`));
    expect(text).toContain('示例数据（虚构）');
    expect(text).toContain('图谱中的缺口也可能是数据的缺口');
    expect(text).toContain(xmlEscape(`公开资料：南通日报（1 项）；网址：${PUBLIC_PAGE.url}；日期：${PUBLIC_PAGE.date}`));
    // Only the industry's own targets: the indicator that concerns it, none of the city's others.
    expect(text).toContain(indicators.linked);
    for (const other of indicators.others) expect(text).not.toContain(other);
    expect(text).toContain('摘要（领导版）');

    const pngs = docx.media.filter((m) => m.name.endsWith('.png'));
    expect(pngs.length).toBe(1);
    expect(pngs[0]!.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(docx.styles).toContain('w:eastAsia="宋体"');
    expect(docx.styles).toContain('w:eastAsia="黑体"');
  });

  it('builds the whole city, one section and one diagram per rated industry', async () => {
    const answer = await post({ scope: { kind: 'city' }, format: 'docx', lang: 'zh' });
    expect(answer.status).toBe(200);
    writeFileSync(artifactPath('briefing-city.zh.docx'), answer.body);
    const docx = await readDocx(answer.body);
    const text = docxText(docx.document);
    expect(fx.rows.length).toBeGreaterThan(5);
    for (const row of fx.rows) expect(text).toContain(row.industry.nameZh);
    const withLinks = await scalar<number>(
      'MATCH (i:Industry) WHERE i.id IN $ids AND EXISTS { (i)-[:HAS_LINK]->() } RETURN count(i) AS n',
      { ids: fx.rows.map((r) => r.industry.id) },
      'n',
    );
    // One chain diagram per industry with links, and the tile map of the city's counties in the overview.
    expect(docx.media.filter((m) => m.name.endsWith('.png')).length).toBe(withLinks + 1);
    expect(text).toContain('南通市下辖地区“六个一”平均得分示意图');
    const headings = docx.document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length ?? 0;
    // Overview, each industry, targets, sources (and city-wide gaps when there are any).
    expect(headings).toBeGreaterThanOrEqual(fx.rows.length + 3);
    expect(text).toContain('目标进展');
    expect(text).toContain('数据来源与说明');
    for (const name of [indicators.linked, ...indicators.others]) expect(text).toContain(name);

    // The leader's summary comes first, then the body; one page break, before the annex.
    const summary = beforeAnnex(text, '附件1');
    const order = ['摘要（领导版）', '主要结论', '最需关注的问题', '与上期相比', '建议与理由', '一、总体情况'].map((h) => summary.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)), JSON.stringify(order)).toBe(true);
    expect(docx.document.match(/<w:pageBreakBefore\/>/g)?.length).toBe(1);
    expect(docx.document).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*附件1/);
    // Conclusions computed from the engine's figures.
    const { high, medium, low } = citySummary.gapsBySeverity;
    expect(summary).toContain(
      `全市 ${citySummary.industries} 个产业“六个一”平均得分 ${Math.round(citySummary.averageScore)} 分（满分 100），共识别缺口 ${high + medium + low} 项，其中高 ${high} 项、中 ${medium} 项、低 ${low} 项。`,
    );
    expect(summary).toContain('以下 5 个最需关注的问题中 1 个已立案（其中逾期 1 个），4 个未立案。');
    // The top problem with its case's owner, chain chief and due date (overdue); the four others say so.
    expect(summary).toContain(rules.get(caseGap.ruleId)!.titleZh);
    expect(summary).toContain('市工业和信息化局链长：王链长2020-01-01（已逾期）待处理');
    expect(summary.split('未立案').length - 1).toBe(5);
    expect(text).not.toContain('暂无建议');
  });

  it('speaks English with lang=en', async () => {
    const answer = await post({ scope: { kind: 'industries', ids: [INDUSTRY] }, format: 'docx', lang: 'en' });
    expect(answer.status).toBe(200);
    writeFileSync(artifactPath('briefing-industry.en.docx'), answer.body);
    const text = docxText((await readDocx(answer.body)).document);
    const row = fx.rows.find((r) => r.industry.id === INDUSTRY)!;
    expect(text).toContain(xmlEscape(row.industry.nameEn));
    for (const gap of industryGaps) expect(text).toContain(xmlEscape(rules.get(gap.ruleId)!.titleEn));
    for (const name of await illustrativeHolders(INDUSTRY)) expect(text).not.toContain(`${name}（示例）`);
    expect(text).toContain('(illustrative)');
    expect(text).toContain('Summary for leaders');
    expect(text).not.toContain('None yet');
    expect(text).toContain(xmlEscape(`address: ${PUBLIC_PAGE.url}; dated ${PUBLIC_PAGE.date}`));
  });
});

describe.skipIf(!hasChromium)('POST /api/briefings (PDF)', () => {
  it('prints one industry with embedded CJK fonts and every Chinese string intact', async () => {
    const answer = await post({ scope: { kind: 'industries', ids: [INDUSTRY] }, format: 'pdf', lang: 'zh' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(artifactPath('briefing-industry.zh.pdf'), answer.body);

    const text = pdfTool('pdftotext', answer.body, 'industry.pdf');
    expect(text).not.toContain('\uFFFD');
    const flat = squash(text);
    const row = fx.rows.find((r) => r.industry.id === INDUSTRY)!;
    expect(flat).toContain(row.industry.nameZh);
    for (const gap of industryGaps) expect(flat).toContain(squash(rules.get(gap.ruleId)!.titleZh));
    for (const slot of SIX_ONES_SLOTS) expect(flat).toContain(squash(SIX_ONES_NAMES[slot].zh));
    for (const name of await illustrativeHolders(INDUSTRY)) expect(flat).toContain(squash(`${name}（示例）`));
    // The diagram is vector SVG: its link names are text in the PDF.
    const links = await linkNames(INDUSTRY);
    expect(links.length).toBeGreaterThan(0);
    for (const name of links) expect(flat).toContain(squash(name));
    expect(flat).toContain('第1页/共');
    expect(flat).toContain(squash(`网址：${PUBLIC_PAGE.url}；日期：${PUBLIC_PAGE.date}`));

    // Chromium (Skia) writes the CFF-flavoured Noto CJK fonts as Type 3 fonts: unnamed, but embedded and
    // mapped to Unicode. What matters: every font is in the file and every glyph maps back to its text.
    const fonts = pdfFonts(pdfTool('pdffonts', answer.body, 'industry-fonts.pdf'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, JSON.stringify(font)).toMatchObject({ embedded: true, unicode: true });
  });

  it('queues concurrent renders on the one browser and answers each', async () => {
    const answers = await Promise.all([
      ...['zh', 'en', 'zh'].map((lang) => post({ scope: { kind: 'industries', ids: [INDUSTRY] }, format: 'pdf', lang })),
      post({ scope: { kind: 'city' }, format: 'pdf', lang: 'en' }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    writeFileSync(artifactPath('briefing-industry.en.pdf'), answers[1]!.body);
    const english = squash(pdfTool('pdftotext', answers[1]!.body, 'industry-en.pdf'));
    expect(english).toContain(squash(row(INDUSTRY).industry.nameEn));
    expect(english).toContain(squash(`address: ${PUBLIC_PAGE.url}; dated ${PUBLIC_PAGE.date}`));

    // The English city briefing: the summary on pages 1–2, at most 12 pages before the annex, no Chinese sentence.
    writeFileSync(artifactPath('briefing-city.en.pdf'), answers[3]!.body);
    const pages = pdfPages(answers[3]!.body, 'city-en.pdf');
    const annex = pages.findIndex((p) => p.includes('Annex1.'));
    expect(annex).toBeGreaterThanOrEqual(2);
    expect(annex).toBeLessThanOrEqual(12);
    const firstTwo = pages.slice(0, 2).join('');
    for (const heading of ['Summaryforleaders', 'Conclusions', 'Theproblemsthatneedattentionfirst', 'Sincethelastbriefing', 'Recommendationsandreasons']) {
      expect(firstTwo).toContain(heading);
    }
    expect(firstTwo).toContain(squash('Of the 5 problems below, 1 has a case opened (1 overdue) and 4 have none.'));
    expect(firstTwo).toContain(squash('Chain chief: 王链长 2020-01-01 (overdue) Open'));
    expect(firstTwo.split('Nocaseopened').length - 1).toBe(4);
    expectSummaryWithinTwoPages(pages, '1.Overview');
    for (const chinese of ['摘要', '结论', '未立案', '链长：', '暂无', '附件']) expect(pages.join('')).not.toContain(chinese);
    expect(pages.join('')).not.toContain('Noneyet');
    expectNoNearlyEmptyPage(pages);
  });

  it('prints the whole city', async () => {
    const answer = await post({ scope: { kind: 'city' }, format: 'pdf' });
    expect(answer.status).toBe(200);
    writeFileSync(artifactPath('briefing-city.zh.pdf'), answer.body);
    const pages = pdfPages(answer.body, 'city.pdf');
    const flat = pages.join('');
    for (const row of fx.rows) expect(flat).toContain(squash(row.industry.nameZh));
    expect(flat).toContain('目标进展');
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(tmp, 'city.pdf')], { encoding: 'utf8' }))?.[1])).toBe(pages.length);
    // The leader's summary on pages 1–2; the summary and the body in at most 12 pages, then the annex.
    const firstTwo = pages.slice(0, 2).join('');
    for (const heading of ['摘要（领导版）', '主要结论', '最需关注的问题', '目标进展', '与上期相比', '建议与理由']) expect(firstTwo).toContain(heading);
    expect(firstTwo).toContain('市工业和信息化局');
    expectSummaryWithinTwoPages(pages, '一、总体情况');
    const annex = pages.findIndex((p) => p.includes('附件1'));
    expect(annex).toBeGreaterThanOrEqual(2);
    expect(annex).toBeLessThanOrEqual(12);
    expect(pages.slice(0, annex).join('')).not.toContain('附件');
    expect(flat).not.toContain('暂无建议');
    expectNoNearlyEmptyPage(pages);
  });
});

describe('briefings scoped by region', () => {
  const html = async (body: Record<string, unknown>): Promise<string> => {
    const answer = await post({ format: 'html', ...body });
    expect(answer.status, answer.body.toString('utf8').slice(0, 300)).toBe(200);
    return answer.body.toString('utf8');
  };
  /** Local firms drawn in the chain diagrams, summed over links. */
  const localDrawn = (page: string) => [...page.matchAll(/data-count="local">(\d+)</g)].reduce((sum, m) => sum + Number(m[1]), 0);

  it('names the county in the title and scope, and counts only its firms as local', async () => {
    const city = await html({ scope: { kind: 'industries', ids: [INDUSTRY] } });
    const county = await html({ scope: { kind: 'industries', ids: [INDUSTRY] }, region: 'haimen-district' });
    expect(city).toContain('南通市产业创新链简报');
    expect(county).toContain('海门区产业创新链简报');
    expect(county).not.toContain('南通市产业创新链简报');
    expect(localDrawn(county)).toBeLessThan(localDrawn(city));
    const inCounty = await scalar<number>(
      `MATCH (:Industry {id: $id})-[:HAS_LINK]->(:ChainLink)<-[:COVERS]-(e:Enterprise)
       WHERE EXISTS { (e)-[:LOCATED_IN*1..3]->(:Region)-[:PART_OF*0..]->(:Region {id: 'haimen-district'}) }
       RETURN count(*) AS n`,
      { id: INDUSTRY },
      'n',
    );
    expect(localDrawn(county)).toBe(inCounty);

    const english = await post({ scope: { kind: 'industries', ids: [INDUSTRY] }, format: 'html', lang: 'en', region: 'haimen-district' });
    const page = english.body.toString('utf8');
    expect(page).toContain('Haimen District industry innovation chain briefing');
    expect(page).not.toContain('Nantong industry innovation chain briefing');
    expect(english.headers.get('content-disposition')).toContain(`innochain-briefing-haimen-district+${INDUSTRY}-`);
  });

  it('briefs the whole county: 全区 as the scope, in the title of the view', async () => {
    const view = await fx.get('/api/briefings/view?scope=city&region=haimen-district');
    expect(view.status).toBe(200);
    const page = view.body.toString('utf8');
    expect(page).toContain('海门区产业创新链简报');
    expect(page).toMatch(/范围<\/dt><dd>全区</);
    expect(view.headers.get('content-disposition')).toContain('innochain-briefing-haimen-district+city-');
  });

  it('answers an unknown region with a 400 naming body.region or query.region', async () => {
    const posted = await post({ scope: { kind: 'city' }, format: 'html', region: 'atlantis' });
    expect(posted.status).toBe(400);
    expect(JSON.parse(posted.body.toString('utf8'))).toMatchObject({ error: { details: [{ field: 'body.region' }] } });
    const viewed = await fx.get('/api/briefings/view?scope=city&region=atlantis');
    expect(viewed.status).toBe(400);
    expect(JSON.parse(viewed.body.toString('utf8'))).toMatchObject({ error: { details: [{ field: 'query.region' }] } });
  });
});
