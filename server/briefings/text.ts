// Every sentence a briefing prints, in Chinese and English, and how names and dates are written. Names
// of tiers, stages, slots, slot states, source kinds and fields, and every mark, come from graph/model's
// vocabulary, so the print says what the screen says.
import {
  FIELD_NAMES,
  ILLUSTRATIVE_NAME_MARK,
  markedName,
  SEVERITY_NAMES,
  SEVERITY_SYMBOLS,
  TARGET_STATUS_NAMES,
  SIX_ONES_NAMES,
  slotStatusText,
  SLOT_STATUS_NAMES,
  SLOT_STATUS_SYMBOLS,
  SOURCE_KIND_NAMES,
  STAGE_NAMES,
  TARGET_STATUS_SYMBOLS,
  TIER_NAMES,
  type CHAIN_STAGES,
  type INDUSTRY_TIERS,
  type Severity,
  type SixOnesSlot,
  type SlotStatus,
  type SourceKind,
  type TargetProgress,
  valueWithUnit,
} from '../../graph/model';
import type { BriefingLang } from './types';

type Stage = (typeof CHAIN_STAGES)[number];
type Tier = (typeof INDUSTRY_TIERS)[number];

/** A name as a reader sees it: the language's name, marked once (graph/model's mark) when the thing is made up. */
export const displayName = (ref: { nameZh: string; nameEn: string; illustrative: boolean }, lang: BriefingLang): string =>
  markedName(ref, lang);

export const ILLUSTRATIVE_MARK: Record<BriefingLang, string> = ILLUSTRATIVE_NAME_MARK;

/** Severity marks carry a shape as well as a word, so they survive black-and-white printing. */
export const SEVERITY_SYMBOL = SEVERITY_SYMBOLS;
const SEVERITY_WORD = SEVERITY_NAMES;
export function severityLabel(severity: Severity, lang: BriefingLang): string {
  return `${SEVERITY_SYMBOL[severity]} ${SEVERITY_WORD[severity][lang]}`;
}

export const slotStatusLabel = (status: SlotStatus, lang: BriefingLang): string => slotStatusText(status, lang);
export const slotName = (slot: SixOnesSlot, lang: BriefingLang): string => SIX_ONES_NAMES[slot][lang];

const GAP_STATUS: Record<'not-recorded' | 'confirmed-missing', Record<BriefingLang, string>> = {
  'not-recorded': { zh: '图谱中未记录', en: 'not recorded in the graph' },
  'confirmed-missing': { zh: '已确认缺失', en: 'confirmed missing' },
};
export const gapStatusLabel = (status: 'not-recorded' | 'confirmed-missing', lang: BriefingLang): string =>
  GAP_STATUS[status][lang];

const TARGET_STATUS = TARGET_STATUS_NAMES;
export const targetStatusLabel = (status: TargetProgress['status'], lang: BriefingLang): string =>
  `${TARGET_STATUS_SYMBOLS[status]} ${TARGET_STATUS[status][lang]}`;

export const stageLabel = (stage: Stage, lang: BriefingLang): string => STAGE_NAMES[stage][lang];
export const tierLabel = (tier: Tier, lang: BriefingLang): string => TIER_NAMES[tier][lang];
export const sourceKindLabel = (kind: SourceKind, lang: BriefingLang): string => SOURCE_KIND_NAMES[kind][lang];

/** A slot state's name in quotes, with its mark: “已落实”（●）. */
const stateZh = (status: SlotStatus): string => `“${SLOT_STATUS_NAMES[status].zh}”（${SLOT_STATUS_SYMBOLS[status]}）`;
const stateEn = (status: SlotStatus): string => `"${SLOT_STATUS_NAMES[status].en}" (${SLOT_STATUS_SYMBOLS[status]})`;
const severityMarks = (lang: BriefingLang, separator: string): string =>
  (['high', 'medium', 'low'] as const).map((s) => `${SEVERITY_SYMBOLS[s]} ${SEVERITY_WORD[s][lang].toLowerCase()}`).join(separator);

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Section numbers as Chinese official documents write them (一、二、… 十一、) or plain "1." in English. */
export function sectionNumber(n: number, lang: BriefingLang): string {
  if (lang === 'en') return `${n}. `;
  if (n <= 10) return `${CHINESE_NUMERALS[n - 1]}、`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 1 ? '十' : `${CHINESE_NUMERALS[tens - 1]}十`;
  return `${tensText}${ones === 0 ? '' : CHINESE_NUMERALS[ones - 1]}、`;
}

/** Dates in Nantong's time zone, as a reader there expects them. */
export function formatDateTime(date: Date, lang: BriefingLang): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const [y, m, d, h, min] = [part('year'), part('month'), part('day'), part('hour'), part('minute')];
  return lang === 'zh'
    ? `${y}年${Number(m)}月${Number(d)}日 ${h}:${min}（北京时间）`
    : `${y}-${m}-${d} ${h}:${min} (China Standard Time)`;
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(date);
}

/** A value with its unit in the language: "7800亿元" in Chinese, "780 billion yuan" in English. */
export function withUnit(value: number, unit: string, lang: BriefingLang): string {
  return valueWithUnit(formatNumber(value), unit, lang);
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** Fixed phrases. Functions take what varies. */
export const TEXT = {
  zh: {
    colon: '：',
    semicolon: '；',
    listSeparator: '、',
    inParentheses: (what: string) => `（${what}）`,
    moreSources: (n: number) => `另有 ${n} 项来源未列出`,
    scopeLabel: '范围',
    generated: '生成时间',
    dataAsOf: '数据截至',
    dataAsOfFallback: '（图谱未记录修改时间，以生成时间为准）',
    preparedBy: '由 innochain 产业创新链知识图谱自动生成，供内部研究参考',
    illustrativeNotice:
      '注意：本简报包含示例数据（虚构）。标注“（示例）”的机构、环节和数值仅用于演示，不代表任何真实组织或实际情况，不得作为决策依据。',
    dataGapReminder:
      '提示：图谱中的缺口也可能是数据的缺口。“未记录”仅表示图谱中尚无相关记录，不等于确认缺失；请先核实数据，再据以决策。',
    overview: '总体情况',
    scoresHeading: '各产业得分',
    scoreColumns: ['产业', FIELD_NAMES.tier.zh, '得分', '“六个一”落实', '缺口数'],
    slotsFilled: (filled: number, total: number) => `${filled}/${total}`,
    industryIntro: (s: { tier: string; score: number; gaps: number }) =>
      `${s.tier}。“六个一”得分 ${s.score} 分（满分 100），识别缺口 ${s.gaps} 项。`,
    scoreParts: '得分构成',
    sixOnesHeading: '“六个一”落实情况',
    sixOnesColumns: ['事项', '状态', '承担主体'],
    noHolder: '—',
    uncoveredLinks: (names: string) => `未覆盖环节：${names}`,
    restsOnIllustrative: '[依据含示例数据]',
    chainHeading: '产业链与创新资源分布',
    chainCaption: (name: string) => `图：${name}产业链环节（自上游至下游），框内为覆盖该环节的企业（分本地、外地）、平台和研发机构数量`,
    chainNone: '图谱中尚未记录该产业的产业链环节（数据缺口）。',
    gapsHeading: '缺口与建议',
    gapColumns: ['程度', '缺口', '说明'],
    noIndustryGaps: '图谱中未发现该产业的缺口。这不代表实际没有短板，也可能是相关数据尚未录入。',
    cityGapsIntro: '以下缺口不属于单一产业，涉及各县（市、区）的园区布局与合作。',
    targetsHeading: '目标进展',
    targetColumns: ['指标', '目标', '最新值', '状态'],
    noTargets: '图谱中尚未记录目标指标。',
    latest: (value: string, year: number) => `${value}（${year}年）`,
    targetValue: (comparator: string, value: string, year: number) => `${comparator} ${value}（${year}年）`,
    noData: '无数据',
    sourcesHeading: '数据来源与说明',
    sourcesIntro:
      '本简报的每项事实均来自图谱中的记录，并注明出处：政策原文章节、公开资料（附网址和日期）、领域知识、导入文件或用户编辑。示例数据为演示而虚构，已逐一标注。',
    documentName: '《市政府关于加快打造长三角特色产业科技创新基地的实施意见》',
    sectionsHeading: '引用的政策原文章节',
    sectionItem: (ref: string, facts: number) => `${ref}（${facts} 项事实）`,
    otherSourcesHeading: '其他来源',
    otherItem: (kind: string, ref: string, facts: number) => `${kind}：${ref}（${facts} 项）`,
    sourcePage: (url: string) => `；网址：${url}`,
    sourceDate: (date: string) => `；日期：${date}`,
    datasetsHeading: '数据集',
    datasetItem: (name: string, facts: number, illustrative: number) =>
      `${name}：${facts} 项记录` + (illustrative > 0 ? `，其中示例（虚构）${illustrative} 项` : ''),
    noSources: '无',
    readingHeading: '阅读说明',
    readingNotes: [
      `${stateZh('filled')}指图谱中记录了承担该事项的主体；${stateZh('partial')}指已有记录但尚不完整（如公共技术服务平台未覆盖全部环节）。`,
      `${stateZh('not-recorded')}指图谱中没有相关记录，可能是实际缺失，也可能是数据尚未录入；${stateZh('confirmed-missing')}指经用户核实确实缺失。`,
      `“六个一”状态和缺口程度以形状和文字标示（缺口程度：${severityMarks('zh', '、')}），黑白打印时同样可辨。`,
      '建议合作方由图谱按地域、研究领域和已有合作关系推算，仅供参考。',
    ],
    legendTitle: '图例',
    pageFooter: '第 {page} 页 / 共 {total} 页',
    countsWord: { enterprises: '企业', platforms: '平台', institutes: '机构' },
    countsLocal: '本地',
    countsOutside: '外地',
    legendLocalFirm: '本地企业（位于分析地区内）',
    legendOutsideFirm: '外地企业',
    countsIllustrative: '* 计数含示例数据（虚构）',
    legendNoGap: '无缺口记录',
    legendFeeds: '供给下游',
    legendMarks: '缺口标记',
    diagramAlt: (name: string) => `${name}产业链示意图`,
  },
  en: {
    colon: ': ',
    semicolon: '; ',
    listSeparator: ', ',
    inParentheses: (what: string) => ` (${what})`,
    moreSources: (n: number) => `${n} more sources not listed`,
    scopeLabel: 'Scope',
    generated: 'Generated',
    dataAsOf: 'Data as of',
    dataAsOfFallback: ' (the graph records no change times; generation time shown)',
    preparedBy: 'Generated by the innochain industry innovation-chain knowledge graph, for internal reference',
    illustrativeNotice:
      'Note: this briefing includes illustrative (fictional) data. Organisations, links and figures marked "(illustrative)" were made up for demonstration, represent no real organisation and must not be used for decisions.',
    dataGapReminder:
      'Reminder: a gap in the graph can be a gap in the data. "Not recorded" only means the graph holds no record; it is not "confirmed missing". Check the data before acting on it.',
    overview: 'Overview',
    scoresHeading: 'Scores by industry',
    scoreColumns: ['Industry', FIELD_NAMES.tier.en, 'Score', '"Six ones" in place', 'Gaps'],
    slotsFilled: (filled: number, total: number) => `${filled}/${total}`,
    industryIntro: (s: { tier: string; score: number; gaps: number }) =>
      `${s.tier}. "Six ones" score ${s.score} out of 100; ${s.gaps} ${s.gaps === 1 ? 'gap' : 'gaps'} found.`,
    scoreParts: 'Score parts',
    sixOnesHeading: 'The "six ones"',
    sixOnesColumns: ['Item', 'Status', 'Held by'],
    noHolder: '—',
    uncoveredLinks: (names: string) => `Links not covered: ${names}`,
    restsOnIllustrative: ' [rests on illustrative data]',
    chainHeading: 'Chain links and innovation resources',
    chainCaption: (name: string) =>
      `Figure: ${name} chain links, upstream to downstream, with the enterprises (local and outside), platforms and institutes covering each link`,
    chainNone: 'The graph records no chain links for this industry (a data gap).',
    gapsHeading: 'Gaps and suggestions',
    gapColumns: ['Severity', 'Gap', 'Explanation'],
    noIndustryGaps:
      'The graph shows no gaps for this industry. That does not prove there are none: the data may simply not be recorded.',
    cityGapsIntro: 'These gaps belong to no single industry: parks and partnerships of the counties and districts.',
    targetsHeading: 'Target progress',
    targetColumns: ['Indicator', 'Target', 'Latest', 'Status'],
    noTargets: 'The graph records no targets.',
    latest: (value: string, year: number) => `${value} (${year})`,
    targetValue: (comparator: string, value: string, year: number) => `${comparator} ${value} (${year})`,
    noData: 'No data',
    sourcesHeading: 'Data sources and notes',
    sourcesIntro:
      'Every fact in this briefing comes from a record in the graph that says where it came from: a section of the policy document, a public page (with its address and date), domain knowledge, an imported file or a user edit. Illustrative data was made up for demonstration and is marked wherever it appears.',
    documentName:
      'Nantong municipal government: Implementation opinions on accelerating a Yangtze River Delta base for distinctive industrial S&T innovation',
    sectionsHeading: 'Sections of the policy document cited',
    sectionItem: (ref: string, facts: number) => `${ref} (${facts} ${facts === 1 ? 'fact' : 'facts'})`,
    otherSourcesHeading: 'Other sources',
    otherItem: (kind: string, ref: string, facts: number) => `${kind}: ${ref} (${facts})`,
    sourcePage: (url: string) => `; address: ${url}`,
    sourceDate: (date: string) => `; dated ${date}`,
    datasetsHeading: 'Datasets',
    datasetItem: (name: string, facts: number, illustrative: number) =>
      `${name}: ${facts} records` + (illustrative > 0 ? `, ${illustrative} of them illustrative (fictional)` : ''),
    noSources: 'None',
    readingHeading: 'How to read this briefing',
    readingNotes: [
      `${stateEn('filled')} means the graph records who holds the item; ${stateEn('partial')} means a record exists but is incomplete (e.g. platforms that leave chain links uncovered).`,
      `${stateEn('not-recorded')} means the graph holds no record: the item may be missing, or the data may not have been entered. ${stateEn('confirmed-missing')} means a user checked and confirmed it.`,
      `The "six ones" states and gap severity are shown by shape and word (severity: ${severityMarks('en', ', ')}), readable in black-and-white print.`,
      'Suggested partners are inferred from the graph (region, research fields, existing partnerships) and are for reference only.',
    ],
    legendTitle: 'Legend',
    pageFooter: 'Page {page} of {total}',
    countsWord: { enterprises: 'Firms', platforms: 'Platforms', institutes: 'Institutes' },
    countsLocal: 'local',
    countsOutside: 'outside',
    legendLocalFirm: 'local firm (in the region analysed)',
    legendOutsideFirm: 'outside firm',
    countsIllustrative: '* counts include illustrative (fictional) data',
    legendNoGap: 'No gap recorded',
    legendFeeds: 'feeds downstream',
    legendMarks: 'Gap marks',
    diagramAlt: (name: string) => `Chain diagram of ${name}`,
  },
} satisfies Record<BriefingLang, unknown>;

export type BriefingText = (typeof TEXT)['zh'];
export const textFor = (lang: BriefingLang): BriefingText => TEXT[lang];
