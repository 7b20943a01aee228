// Briefing content and builders on hand-made data typed by the gap engine's wire shapes: the outline,
// the chain SVG, file names, and the Word file read back (no database, no browser).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Gap, GapRuleInfo, MatrixRow, NodeRef, TargetProgress } from '../../graph/model';
import { renderChainSvg } from '../../server/briefings/chainSvg';
import { buildDocx } from '../../server/briefings/docx';
import { briefingFileName, contentDisposition } from '../../server/briefings/filename';
import { renderHtml } from '../../server/briefings/html';
import { buildOutline, type Block } from '../../server/briefings/outline';
import { sectionKey } from '../../server/briefings/graphData';
import { sectionNumber } from '../../server/briefings/text';
import { textWidth, wrapBalanced, wrapText } from '../../server/briefings/textLayout';
import type { Briefing, ChainView } from '../../server/briefings/types';

const ref = (id: string, label: string, nameZh: string, nameEn: string, illustrative = false): NodeRef => ({
  id,
  label,
  nameZh,
  nameEn,
  illustrative,
});

const industry = { ...ref('high-end-textiles', 'Industry', '高端纺织', 'High-end textiles'), tier: 'traditional' as const };
const sampleFirm = ref('demo-firm', 'Enterprise', '纺织集团', 'Textile Group', true);
const plan = ref('textiles-plan', 'Plan', '纺织产业创新发展规划', 'Textiles innovation plan');

const rules: GapRuleInfo[] = [
  {
    id: 'six-ones-fund',
    category: 'six-ones',
    severity: 'high',
    titleZh: '缺少产业科技发展基金',
    titleEn: 'No S&T development fund',
    explanationZh: '每个重点产业应有一个产业科技发展基金。',
    explanationEn: 'Every key industry should have a fund.',
  },
  {
    id: 'chain-missing-link',
    category: 'chain',
    severity: 'high',
    titleZh: '缺链：环节没有本地企业',
    titleEn: 'Missing link',
    explanationZh: '环节无本地企业。',
    explanationEn: 'No local firm in the link.',
  },
  {
    id: 'chain-weak-link',
    category: 'chain',
    severity: 'medium',
    titleZh: '弱链：有企业但无创新支撑',
    titleEn: 'Weak link',
    explanationZh: '环节有企业但无创新支撑。',
    explanationEn: 'Firms but no innovation support.',
  },
];

const links = [
  ref('textiles-fibre', 'ChainLink', '纤维原料', 'Fibre raw materials'),
  ref('textiles-weaving', 'ChainLink', '织造', 'Weaving and knitting'),
  ref('textiles-brand', 'ChainLink', '品牌与渠道', 'Brands and sales channels'),
];

const gaps: Gap[] = [
  {
    id: 'six-ones-fund:high-end-textiles',
    ruleId: 'six-ones-fund',
    severity: 'high',
    subject: industry,
    industryId: industry.id,
    evidence: [industry.id],
    explanationZh: '图谱中未记录高端纺织的产业科技发展基金。',
    explanationEn: 'No fund recorded for high-end textiles.',
    suggestions: [
      {
        ...ref('demo-fund', 'Fund', '上海产业基金', 'Shanghai Fund', true),
        regionId: 'shanghai',
        score: 3,
        reasonZh: '投资相关领域 +3（共 3 分）',
        reasonEn: 'invests in the field +3 (total 3)',
        kind: 'researches-field' as const,
        place: null,
        reasons: [{ key: 'researchesField', zh: '投资相关领域', en: 'invests in the field', points: 3 }],
      },
    ],
    status: 'not-recorded',
  },
  {
    id: 'chain-missing-link:textiles-weaving',
    ruleId: 'chain-missing-link',
    severity: 'high',
    subject: links[1]!,
    industryId: industry.id,
    evidence: [links[1]!.id],
    explanationZh: '织造环节没有本地企业。',
    explanationEn: 'No local firm weaves.',
    suggestions: [],
    missingData: {
      zh: '图谱中没有南通市以外的企业覆盖「织造」：导入上海、苏南等地覆盖该环节的企业（COVERS 关系）后即可推荐。',
      en: 'No enterprise outside Nantong in the graph covers "Weaving and knitting": import the firms covering it in Shanghai or southern Jiangsu (COVERS) to get candidates.',
    },
    status: 'confirmed-missing',
    illustrative: true,
  },
  {
    id: 'chain-weak-link:textiles-brand',
    ruleId: 'chain-weak-link',
    severity: 'medium',
    subject: links[2]!,
    industryId: industry.id,
    evidence: [links[2]!.id],
    explanationZh: '品牌与渠道环节缺少创新支撑。',
    explanationEn: 'Brands lack innovation support.',
    suggestions: [],
    missingData: {
      zh: '图谱中没有南通市以外的企业覆盖「品牌与渠道」：导入上海、苏南等地覆盖该环节的企业（COVERS 关系）后即可推荐。',
      en: 'No enterprise outside Nantong in the graph covers "Brands and sales channels": import the firms covering it in Shanghai or southern Jiangsu (COVERS) to get candidates.',
    },
    status: 'not-recorded',
  },
];

const row: MatrixRow = {
  industry,
  cells: {
    plan: { status: 'filled', holders: [plan] },
    leadFirm: { status: 'filled', holders: [sampleFirm] },
    innovationCentre: { status: 'not-recorded', holders: [] },
    alliance: { status: 'confirmed-missing', holders: [] },
    fund: { status: 'not-recorded', holders: [] },
    platforms: {
      status: 'partial',
      holders: [ref('demo-platform', 'Platform', '检测平台', 'Testing Platform', true)],
      uncoveredLinks: [links[1]!, links[2]!],
    },
  },
  score: { total: 41.7, parts: [{ key: 'plan', labelZh: '规划', labelEn: 'Plan', weight: 10, fraction: 1, points: 10 }] },
  gapCount: gaps.length,
};

const chain: ChainView = {
  industryId: industry.id,
  links: links.map((l, i) => ({
    id: l.id,
    nameZh: l.nameZh,
    nameEn: l.nameEn,
    stage: (['upstream', 'midstream', 'downstream'] as const)[i]!,
    order: i,
    illustrative: false,
    // The first link has one local and one outside firm, the second one outside firm only.
    counts: { enterprises: 2 - i, localEnterprises: i === 0 ? 1 : 0, platforms: i === 0 ? 1 : 0, institutes: 0 },
    countsIncludeIllustrative: i === 0,
  })),
  feeds: [
    { from: 'textiles-fibre', to: 'textiles-weaving', illustrative: false },
    { from: 'textiles-weaving', to: 'textiles-brand', illustrative: false },
    { from: 'textiles-fibre', to: 'textiles-brand', illustrative: false },
  ],
};

const targets: TargetProgress[] = [
  {
    target: { ...ref('t-rd', 'Target', '研发投入目标', 'R&D target'), year: 2018, value: 2.7, unit: '%', comparator: '>=', textZh: null, textEn: null, sourceRef: '二' },
    indicator: ref('rd-share', 'Indicator', '研发经费占GDP比重', 'R&D spending share of GDP'),
    regionId: 'nantong',
    latest: { year: 2017, value: 2.5, illustrative: true },
    series: [{ year: 2017, value: 2.5, illustrative: true }],
    trend: { slope: 0, projected: 2.5, fromYear: 2017, toYear: 2017, points: 1, direction: 'flat' },
    status: 'off-track',
    reasonZh: '只有一年数据，按保持不变外推，达不到。',
    reasonEn: 'One year measured, assumed to stay: does not meet it.',
  },
  {
    target: { ...ref('t-pct', 'Target', 'PCT目标', 'PCT target'), year: 2018, value: 1300, unit: '件', comparator: '>=', textZh: null, textEn: null, sourceRef: '三(六)' },
    indicator: ref('pct', 'Indicator', 'PCT国际专利申请', 'PCT applications'),
    regionId: 'nantong',
    latest: null,
    series: [],
    trend: null,
    status: 'no-data',
    reasonZh: '没有监测值。',
    reasonEn: 'No measurement.',
  },
];

function briefing(lang: 'zh' | 'en'): Briefing {
  return {
    scope: { kind: 'industries', ids: [industry.id] },
    region: { id: 'nantong', nameZh: '南通市', nameEn: 'Nantong', kind: 'city', home: true },
    lang,
    generatedAt: new Date('2025-06-01T02:30:00Z'),
    dataChangedAt: null,
    includesIllustrative: true,
    summary: {
      industries: 1,
      averageScore: 41.7,
      gapsBySeverity: { high: 2, medium: 1, low: 0 },
      topGaps: gaps.slice(0, 2),
      targets: { met: 0, onTrack: 0, offTrack: 1, noData: 1, qualitative: 0 },
    },
    industries: [{ row, chain, gaps }],
    cityGaps: [],
    allGaps: gaps,
    // The second gap has a case (the problems table names its owner and chain chief); the first has none.
    problems: [
      { gap: gaps[1]!, case: { id: 'case-1', gapId: gaps[1]!.id, scopeRegionId: 'nantong', owner: 'dept-industry', ownerKind: 'department', ownerNameZh: '市工信局', ownerNameEn: 'Industry Bureau', chainChief: '张三', dueDate: '2025-05-01', status: 'in-progress', overdue: true } },
      { gap: gaps[0]!, case: null },
    ],
    targets,
    rules,
    sources: {
      citations: [
        { sourceKind: 'document', sourceRef: '三(一)', facts: 4 },
        { sourceKind: 'illustrative', sourceRef: '示例，并非真实机构 / en: illustrative sample, not a real organisation', facts: 3 },
      ],
      datasets: [
        { id: 'nantong', nameZh: '南通实施意见', nameEn: 'Nantong implementation opinions', facts: 5, illustrativeFacts: 0 },
        { id: 'demo', nameZh: '示例层（虚构）', nameEn: 'Illustrative demo layer', facts: 3, illustrativeFacts: 3 },
      ],
    },
  };
}

/** Every string a block shows, for checking what a reader would see. */
function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'cover':
      return [block.title, block.subtitle, ...block.facts.flatMap((f) => [f.label, f.value]), ...block.notices.map((n) => n.text)];
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'table':
      return [...block.columns.map((c) => c.title), ...block.rows.flat().flatMap((c) => c.lines)];
    case 'diagram':
      return [block.caption];
  }
}

describe('briefing outline', () => {
  const outline = buildOutline(briefing('zh'));
  const all = outline.blocks.flatMap(blockText).join('\n');

  it('starts with a cover naming the scope and flagging illustrative data', () => {
    const cover = outline.blocks[0];
    expect(cover?.kind).toBe('cover');
    if (cover?.kind !== 'cover') return;
    expect(cover.subtitle).toBe('高端纺织');
    expect(cover.notices.map((n) => n.text).join()).toContain('示例数据（虚构）');
    expect(cover.notices.map((n) => n.text).join()).toContain('图谱中的缺口也可能是数据的缺口');
    // No change times recorded: the generation time stands in, and says so.
    expect(cover.facts.find((f) => f.label === '数据截至')?.value).toContain('以生成时间为准');
    expect(cover.facts.find((f) => f.label === '生成时间')?.value).toBe('2025年6月1日 10:30（北京时间）');
  });

  it('starts with the leader summary and numbers the body the Chinese way; a city briefing marks its annex to start a page', () => {
    const h1 = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
    // Chosen industries: their detail is the body, the sources the annex, and no page is forced.
    expect(h1(outline.blocks).map((b) => b.text)).toEqual(['摘要（领导版）', '一、高端纺织', '二、目标进展', '附件1\u3000数据来源与说明']);
    expect(h1(outline.blocks).some((b) => b.newPage)).toBe(false);
    const city = h1(buildOutline({ ...briefing('zh'), scope: { kind: 'city' } }).blocks);
    expect(city.map((b) => b.text)).toEqual(['摘要（领导版）', '一、总体情况', '二、目标进展', '附件1\u3000高端纺织', '附件2\u3000数据来源与说明']);
    expect(city.map((b) => b.newPage === true)).toEqual([false, false, false, true, false]);
  });

  it('summarises for a leader: computed conclusions, the problems with owners or "no case", recommendations with reasons', () => {
    // Figures from the briefing, not canned: the industry's score, its gaps by severity, its weakest part.
    expect(all).toContain('高端纺织“六个一”得分 42 分（满分 100），已落实 2/6 项，识别缺口 3 项，其中高程度 2 项。');
    expect(all).toContain('高程度缺口主要是“缺少产业科技发展基金”（1 项）和“缺链：环节没有本地企业”（1 项）。');
    expect(all).toContain('2 项量化目标中，已达标 0 项、进度正常 0 项、偏离进度 1 项、无监测数据 1 项；偏离进度的有研发经费占GDP比重（2018年）。');
    expect(all).toContain('以下 2 个最需关注的问题中 1 个已立案（其中逾期 1 个），1 个未立案。');
    const problems = outline.blocks.find((b) => b.kind === 'table' && b.columns[0]?.title === '序号');
    if (problems?.kind !== 'table') throw new Error('no problems table');
    expect(problems.rows.map((r) => r.map((c) => c.lines.join('|')))).toEqual([
      ['1', '▲ 高 · 缺链：环节没有本地企业|织造（高端纺织）', '市工信局|链长：张三', '2025-05-01（已逾期）', '处理中'],
      ['2', '▲ 高 · 缺少产业科技发展基金|高端纺织', '未立案', '—', '—'],
    ]);
    expect(all).toContain('建议对接上海产业基金（示例）：可补上“缺少产业科技发展基金”1 项（高端纺织）。理由：投资相关领域。');
    // Gaps without a candidate: which data would produce one, once per kind, never a "no suggestion" per row.
    expect(all).toContain('另有 2 项缺口需要合作方而图谱中尚无候选；补充以下数据后可给出建议：');
    expect(all).toContain('导入上海、苏南等地覆盖该环节的企业（COVERS 关系）后即可推荐（涉及 2 项缺口：织造、品牌与渠道）。');
    expect(all.split('导入上海、苏南等地覆盖该环节的企业').length - 1).toBe(1);
    expect(all).not.toContain('暂无建议');
    expect(all).toContain('未作比较：生成时未指定上期日期（since）。');
  });

  it('summarises the changes since the last briefing in a sentence and counts; the body lists them', () => {
    const firm = { id: 'new-firm', label: 'Enterprise', nameZh: '新织造企业', nameEn: 'New Weaving Co.' };
    const fact = { at: '2025-05-20T02:00:00.000Z', entity: 'node' as const, node: firm, relationship: null, before: null, after: null, actor: 'editor', via: 'edit' };
    const changes: NonNullable<Briefing['changes']> = {
      since: '2025-05-01T00:00:00.000Z',
      sinceAsked: null,
      until: '2025-06-01T02:30:00.000Z',
      regionId: 'nantong',
      facts: [
        { ...fact, op: 'add', changed: [] },
        { ...fact, op: 'change', changed: ['nameZh'] },
      ],
      total: 2,
      truncated: false,
      consequences: { gapsOpened: [], gapsClosed: [gaps[1]!], scores: [{ industry, before: 30, after: 41.7 }], targets: [] },
    };
    const text = buildOutline({ ...briefing('zh'), changes }).blocks.flatMap(blockText).join('\n');
    expect(text).toContain('自 2025年5月1日 08:00（北京时间） 以来记录变化 2 项，补上缺口 1 项、新出现缺口 0 项，1 个产业得分变化。');
    expect(text).toContain('记录新增 1 项、修改 1 项、删除 0 项。由此补上缺口 1 项、新出现缺口 0 项，1 个产业得分变化，0 项目标状态变化。明细见正文“与上期相比”。');
    expect(text).toContain('与上期相比（自 2025年5月1日 08:00（北京时间） 以来）');
    const english = buildOutline({ ...briefing('en'), changes }).blocks.flatMap(blockText).join('\n');
    expect(english).toContain('Since 2025-05-01 08:00 (China Standard Time), 2 changes were recorded: 1 gap closed, 0 opened, 1 industry score moved.');
  });

  it('lists every 六个一 slot with its status, holders marked when illustrative', () => {
    const table = outline.blocks.find((b) => b.kind === 'table' && b.columns[0]?.title === '事项');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    const rows = table.rows.map((r) => r.map((c) => c.lines.join('|')));
    expect(rows).toEqual([
      ['产业创新发展规划', '● 已落实', '纺织产业创新发展规划'],
      ['龙头带动企业', '● 已落实', '纺织集团（示例）'],
      ['产业创新中心', '○ 未记录', '—'],
      ['产业技术创新战略联盟', '× 确认缺失', '—'],
      ['产业科技发展基金', '○ 未记录', '—'],
      ['公共技术服务平台（一套）', '◎ 部分落实', '检测平台（示例）|未覆盖环节：织造、品牌与渠道'],
    ]);
  });

  it('explains each gap with its rule title, status and suggested partners', () => {
    expect(all).toContain('缺少产业科技发展基金');
    expect(all).toContain('高端纺织：建议合作方 上海产业基金（示例）（投资相关领域）');
    expect(all).toContain('[已确认缺失][依据含示例数据]');
    expect(all).toContain('[图谱中未记录]');
    expect(all).toContain('▲ 高');
    expect(all).toContain('◆ 中');
  });

  it('shows targets, marking illustrative measurements', () => {
    expect(all).toContain('≥ 2.7%（2018年）');
    expect(all).toContain('2.5%（2017年）（示例）');
    expect(all).toContain('○ 无监测数据');
    expect(all).toContain('▲ 偏离进度');
    // The status rule is printed under the table, and the summary counts every status.
    expect(all).toContain('最小二乘线性拟合');
    expect(all).toContain('偏离进度 1 项');
    expect(buildOutline(briefing('en')).blocks.flatMap(blockText).join('\n')).toContain('least-squares straight line');
  });

  it('closes with the sources: document sections and datasets, illustrative ones flagged', () => {
    expect(all).toContain('三(一)（4 项事实）');
    expect(all).toContain('示例数据（虚构）：示例，并非真实机构（3 项）');
    expect(all).toContain('示例层（虚构）（示例）：3 项记录，其中示例（虚构）3 项');
  });

  it('speaks English when asked, with the same structure', () => {
    const en = buildOutline(briefing('en'));
    const text = en.blocks.flatMap(blockText).join('\n');
    expect(en.blocks.length).toBe(outline.blocks.length);
    expect(text).toContain('Textile Group (illustrative)');
    expect(text).toContain('1. High-end textiles');
    expect(text).toContain('Annex 1. Data sources and notes');
    expect(text).toContain('× Confirmed missing');
    expect(text).toContain('High-end textiles scores 42 out of 100 on the "six ones", with 2 of 6 in place; 3 gaps found, 2 of high severity.');
    expect(text).toContain('Industry Bureau');
    expect(text).toContain('No case opened');
    expect(text).toContain(
      'Import the firms covering it in Shanghai or southern Jiangsu (COVERS) to get candidates (2 gaps: Weaving and knitting, Brands and sales channels).',
    );
    // Chinese remains only where the data is Chinese (document sections, units, the chain chief's name).
    const withoutData = text.replaceAll('张三', '');
    for (const phrase of ['（示例）', '未记录', '未立案', '总体情况', '数据来源', '领导', '：']) expect(withoutData).not.toContain(phrase);
  });
});

describe('chain diagram SVG', () => {
  const { svg, width, height } = renderChainSvg({ chain, gaps, rules, lang: 'zh', industryName: '高端纺织' });

  it('draws one box per link with names, counts and stage bands', () => {
    for (const name of ['纤维原料', '织造', '品牌与渠道', '上游', '中游', '下游']) expect(svg).toContain(`>${name}<`);
    expect(svg).toContain('>2*<');
    expect(svg).toContain('* 计数含示例数据（虚构）');
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  it('counts local and outside firms apart, with distinct marks and a legend', () => {
    const count = (linkId: string, key: string): string | undefined =>
      new RegExp(`<g data-link="${linkId}">.*?data-count="${key}">([^<]*)<`).exec(svg)?.[1];
    expect([count('textiles-fibre', 'firms'), count('textiles-fibre', 'local'), count('textiles-fibre', 'outside')]).toEqual(['2*', '1', '1']);
    // A missing link served from outside only: one firm, none of them local.
    expect([count('textiles-weaving', 'firms'), count('textiles-weaving', 'local'), count('textiles-weaving', 'outside')]).toEqual(['1', '0', '1']);
    for (const word of ['>本地<', '>外地<', '>本地企业（位于分析地区内）<', '>外地企业<']) expect(svg).toContain(word);
    // Local filled and solid, outside hollow and dashed: one of each per link and one of each in the legend.
    expect(svg.match(/fill="#222" stroke="#222"/g)?.length).toBe(chain.links.length + 1);
    expect(svg.match(/fill="#fff" stroke="#555" stroke-width="1.5" stroke-dasharray="3 2"/g)?.length).toBe(chain.links.length + 1);
    const en = renderChainSvg({ chain, gaps, rules, lang: 'en', industryName: 'Textiles' }).svg;
    for (const word of ['>local<', '>outside<', '>local firm (in the region analysed)<', '>outside firm<']) expect(en).toContain(word);
    expect(en).not.toMatch(/本地|外地/);
  });

  it('marks gaps by border style, badge shape and label, not colour alone', () => {
    // High: a second (outer) border; medium: dashed; the labels carry the shape symbol and rule title.
    expect(svg).toContain('>▲缺链<');
    expect(svg).toContain('>◆弱链<');
    expect(svg).toContain('stroke-dasharray="10 5"');
    expect(svg.match(/<polygon/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('draws FEEDS arrows, arcing over a skipped link', () => {
    expect(svg.match(/marker-end="url\(#arrow\)"/g)?.length).toBe(3 + 1); // three feeds and the legend
    expect(svg).toMatch(/<path d="M [\d.]+ [\d.]+ C /);
  });

  it('escapes names', () => {
    const tricky: ChainView = { ...chain, links: [{ ...chain.links[0]!, nameZh: 'A&B <x>' }], feeds: [] };
    const out = renderChainSvg({ chain: tricky, gaps: [], rules, lang: 'zh', industryName: 'x' }).svg;
    expect(out).toContain('A&amp;B &lt;x&gt;');
    expect(out).not.toContain('<x>');
  });
});

describe('text layout', () => {
  it('wraps CJK between characters and Latin at spaces, within the width', () => {
    const zh = wrapText('产业技术创新战略联盟成员单位', 100, 16);
    expect(zh.join('')).toBe('产业技术创新战略联盟成员单位');
    for (const line of zh) expect(textWidth(line, 16)).toBeLessThanOrEqual(100);
    const en = wrapText('Dyeing, printing and finishing', 100, 16);
    expect(en.join(' ')).toBe('Dyeing, printing and finishing');
  });

  it('keeps closing punctuation off the start of a line', () => {
    const lines = wrapText('纤维原料（示例）', 16 * 6, 16);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[）、，。]/u);
  });

  it('balances lines: two even lines rather than a long one and a stub', () => {
    const lines = wrapBalanced('机载设备与航电系统', 7 * 18, 18);
    expect(lines).toEqual(['机载设备与', '航电系统']);
    expect(wrapBalanced('零部件精密加工', 7 * 18, 18)).toEqual(['零部件精密加工']);
  });

  it('ends a cut text with an ellipsis', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 80, 16, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/u);
  });

  it('numbers sections the Chinese way and sorts document sections in order', () => {
    expect([1, 2, 10, 11, 20, 23].map((n) => sectionNumber(n, 'zh'))).toEqual(['一、', '二、', '十、', '十一、', '二十、', '二十三、']);
    const refs = ['四(三)', '三(十)', '三(二)', '三(一)', '二'];
    expect([...refs].sort((a, b) => sectionKey(a).localeCompare(sectionKey(b)))).toEqual(['二', '三(一)', '三(二)', '三(十)', '四(三)']);
  });
});

describe('file names', () => {
  it('gives a Chinese name in filename* and an ASCII fallback', () => {
    const name = briefingFileName({
      lang: 'zh',
      format: 'docx',
      scopeName: '高端纺织、电子信息',
      scopeIds: ['high-end-textiles', 'electronic-information'],
      date: new Date('2025-06-01T20:00:00Z'),
    });
    // 20:00 UTC is the next day in Nantong.
    expect(name.display).toBe('产业创新链简报-高端纺织、电子信息-2025-06-02.docx');
    expect(name.ascii).toBe('innochain-briefing-high-end-textiles+electronic-information-2025-06-02.docx');
    const header = contentDisposition(name);
    expect(header).toMatch(/^attachment; filename="innochain-briefing-[\w+-]+\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe(name.display);
    // Nothing outside visible ASCII in the header.
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });

  it('strips characters that are unsafe in file names', () => {
    const name = briefingFileName({ lang: 'en', format: 'pdf', scopeName: 'a/b:c"d', scopeIds: ['a'], date: new Date(0) });
    expect(name.display).not.toMatch(/[/:"]/);
  });
});

describe('HTML view', () => {
  const html = renderHtml(buildOutline(briefing('zh')));
  it('is a Chinese A4 print document with repeated table headers and a page break before the annex', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('<h1>摘要（领导版）</h1>');
    expect(html).toContain('<h1>一、高端纺织</h1>');
    expect(renderHtml(buildOutline({ ...briefing('zh'), scope: { kind: 'city' } }))).toContain('<h1 class="new-page">附件1\u3000高端纺织</h1>');
    // The PDF forces no page (the annex starts under a rule): a forced one left pages nearly empty.
    expect(html).not.toContain('break-before: page');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain('<script');
  });
});

describe('Word file', () => {
  it('uses heading styles, real tables with header rows, East-Asian fonts and page numbers', async () => {
    const outline = buildOutline({ ...briefing('zh'), scope: { kind: 'city' } });
    const docx = await buildDocx(outline, new Map());
    const zip = await JSZip.loadAsync(docx);
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? Promise.resolve('')),
    );
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    // The one page break: before the annex.
    expect(document.match(/<w:pageBreakBefore\/>/g)?.length).toBe(1);
    expect(document).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*附件1\u3000高端纺织/);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('纺织集团（示例）');
    expect(document).toContain('产业技术创新战略联盟');
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(footers.join()).toContain('PAGE');
    expect(footers.join()).toContain('NUMPAGES');
  });
});
