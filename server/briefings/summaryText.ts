// Every sentence of the leader's summary (领导版), in Chinese and English. Functions take the figures, so
// each sentence is computed from the graph; neither language borrows a sentence of the other.
import type { BriefingLang } from './types';

/** A name with its figure: 电子信息（17分）, Electronic information (17). */
export interface NamedFigure {
  name: string;
  figure: string;
}

/** How the targets stand, counted (quantitative targets only; qualitative ones apart). */
export interface TargetTally {
  quantitative: number;
  met: number;
  onTrack: number;
  offTrack: number;
  noData: number;
  qualitative: number;
}

const zhList = (names: string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`);
const enList = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const zhFigures = (items: NamedFigure[]): string => zhList(items.map((i) => `${i.name}（${i.figure}）`));
const enFigures = (items: NamedFigure[]): string => enList(items.map((i) => `${i.name} (${i.figure})`));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const SUMMARY_TEXT = {
  zh: {
    heading: '摘要（领导版）',
    conclusionsHeading: '主要结论',
    scopeSentence: (who: string, industries: number, score: number, total: number, high: number, medium: number, low: number) =>
      `${who} ${industries} 个产业“六个一”平均得分 ${score} 分（满分 100），共识别缺口 ${total} 项，其中高 ${high} 项、中 ${medium} 项、低 ${low} 项。`,
    oneIndustrySentence: (name: string, score: number, filled: number, slots: number, total: number, high: number) =>
      `${name}“六个一”得分 ${score} 分（满分 100），已落实 ${filled}/${slots} 项，识别缺口 ${total} 项，其中高程度 ${high} 项。`,
    weakestSentence: (weakest: NamedFigure[], strongest: NamedFigure) =>
      `得分最低的是${zhFigures(weakest)}，最高的是${strongest.name}（${strongest.figure}）。`,
    weakestPartSentence: (parts: NamedFigure[]) => `得分构成中最弱的是${zhFigures(parts)}。`,
    concentrationSentence: (severity: string, rules: NamedFigure[]) => `${severity}程度缺口主要是${zhFigures(rules)}。`,
    noGapsSentence: '图谱中未发现缺口；这也可能是数据尚未录入。',
    targetsSentence: (t: TargetTally, offTrack: string[]) =>
      `${t.quantitative} 项量化目标中，已达标 ${t.met} 项、进度正常 ${t.onTrack} 项、偏离进度 ${t.offTrack} 项、无监测数据 ${t.noData} 项` +
      (offTrack.length > 0 ? `；偏离进度的有${zhList(offTrack)}` : '') +
      (t.qualitative > 0 ? `；另有定性目标 ${t.qualitative} 项。` : '。'),
    noTargetsSentence: (scope: string) => `图谱中没有与${scope}关联的目标指标。`,
    changesSentence: (since: string, facts: number, closed: number, opened: number, scores: number) =>
      `自 ${since} 以来记录变化 ${facts} 项，补上缺口 ${closed} 项、新出现缺口 ${opened} 项，${scores} 个产业得分变化。`,
    noChangesSentence: (since: string) => `自 ${since} 以来图谱没有记录到变化。`,
    casesSentence: (problems: number, opened: number, overdue: number) =>
      opened === 0
        ? `以下 ${problems} 个最需关注的问题均未立案。`
        : `以下 ${problems} 个最需关注的问题中 ${opened} 个已立案（其中逾期 ${overdue} 个），${problems - opened} 个未立案。`,
    problemsHeading: '最需关注的问题',
    problemsIntro: '按缺口程度排序，同等程度时所属产业得分低者在前，同类缺口、同一产业各至多两项；责任单位、链长和时限取自问题清单。',
    problemColumns: ['序号', '问题', '责任单位（链长）', '完成时限', '办理状态'],
    chainChief: (name: string) => `链长：${name}`,
    noCase: '未立案',
    noDueDate: '未定',
    overdue: '（已逾期）',
    targetsHeading: '目标进展',
    onTrackLine: (names: string[]) => `已达标或进度正常：${names.join('；')}`,
    offTrackLine: (names: string[]) => `偏离进度：${names.join('；')}`,
    noDataLine: (n: number) => `无监测数据 ${n} 项，明细见正文“目标进展”。`,
    more: (n: number) => `等 ${n} 项`,
    changesHeading: '与上期相比',
    changesCounts: (add: number, change: number, end: number) => `记录新增 ${add} 项、修改 ${change} 项、删除 ${end} 项。`,
    changesTotal: (n: number) => `共记录变化 ${n} 项。`,
    changesEffects: (closed: number, opened: number, scores: number, targets: number) =>
      `由此补上缺口 ${closed} 项、新出现缺口 ${opened} 项，${scores} 个产业得分变化，${targets} 项目标状态变化。`,
    changesSeeBody: '明细见正文“与上期相比”。',
    noSince: '未作比较：生成时未指定上期日期（since）。',
    recommendationsHeading: '建议与理由',
    recommendation: (partner: string, closes: string, reason: string) => `建议对接${partner}：${closes}。理由：${reason}${/[。）)]$/.test(reason) ? '' : '。'}`,
    closes: (rule: string, n: number, subjects: string[], more: boolean) => `可补上“${rule}”${n} 项（${subjects.join('、')}${more ? '等' : ''}）`,
    missingIntro: (n: number) => `另有 ${n} 项缺口需要合作方而图谱中尚无候选；补充以下数据后可给出建议：`,
    missingItem: (what: string, n: number, names: string[], more: boolean) => `${what}（涉及 ${n} 项缺口：${names.join('、')}${more ? '等' : ''}）。`,
    missingOthers: (kinds: number, n: number) => `其余 ${kinds} 类数据涉及 ${n} 项缺口，明细见系统中各缺口的说明。`,
    noRecommendations: '图谱中暂无可推荐的合作方。',
    annexLabel: (n: number) => `附件${n}\u3000`,
  },
  en: {
    heading: 'Summary for leaders',
    conclusionsHeading: 'Conclusions',
    scopeSentence: (who: string, industries: number, score: number, total: number, high: number, medium: number, low: number) =>
      `${who}: ${plural(industries, 'industry', 'industries')} with an average "six ones" score of ${score} out of 100; ${plural(total, 'gap', 'gaps')} found, ${high} high, ${medium} medium and ${low} low severity.`,
    oneIndustrySentence: (name: string, score: number, filled: number, slots: number, total: number, high: number) =>
      `${name} scores ${score} out of 100 on the "six ones", with ${filled} of ${slots} in place; ${plural(total, 'gap', 'gaps')} found, ${high} of high severity.`,
    weakestSentence: (weakest: NamedFigure[], strongest: NamedFigure) =>
      `The lowest scores are ${enFigures(weakest)}; the highest is ${strongest.name} (${strongest.figure}).`,
    weakestPartSentence: (parts: NamedFigure[]) => `The weakest parts of the score are ${enFigures(parts)}.`,
    concentrationSentence: (severity: string, rules: NamedFigure[]) => `Most ${severity}-severity gaps are ${enFigures(rules)}.`,
    noGapsSentence: 'The graph shows no gaps; the data may also simply not be recorded.',
    targetsSentence: (t: TargetTally, offTrack: string[]) =>
      `Of ${plural(t.quantitative, 'quantitative target', 'quantitative targets')}, ${t.met} met, ${t.onTrack} on track, ${t.offTrack} off track and ${t.noData} without measurements` +
      (offTrack.length > 0 ? `; off track: ${enList(offTrack)}` : '') +
      (t.qualitative > 0 ? `; ${t.qualitative} more are qualitative.` : '.'),
    noTargetsSentence: (scope: string) => `The graph links no targets or indicators to ${scope}.`,
    changesSentence: (since: string, facts: number, closed: number, opened: number, scores: number) =>
      `Since ${since}, ${plural(facts, 'change was', 'changes were')} recorded: ${plural(closed, 'gap', 'gaps')} closed, ${opened} opened, ${plural(scores, 'industry score', 'industry scores')} moved.`,
    noChangesSentence: (since: string) => `Nothing was recorded in the graph since ${since}.`,
    casesSentence: (problems: number, opened: number, overdue: number) =>
      opened === 0
        ? `None of the ${problems} problems below has a case opened.`
        : `Of the ${problems} problems below, ${opened} ${opened === 1 ? 'has' : 'have'} a case opened (${overdue} overdue) and ${problems - opened} ${problems - opened === 1 ? 'has' : 'have'} none.`,
    problemsHeading: 'The problems that need attention first',
    problemsIntro: 'By severity, then the weaker industry; at most two per kind or industry. Owners and due dates from the case list.',
    problemColumns: ['No.', 'Problem', 'Owner (chain chief)', 'Due', 'Status'],
    chainChief: (name: string) => `Chain chief: ${name}`,
    noCase: 'No case opened',
    noDueDate: 'Not set',
    overdue: ' (overdue)',
    targetsHeading: 'Targets',
    onTrackLine: (names: string[]) => `Met or on track: ${names.join('; ')}`,
    offTrackLine: (names: string[]) => `Off track: ${names.join('; ')}`,
    noDataLine: (n: number) => `${plural(n, 'target has', 'targets have')} no measurements; see "Target progress" in the body.`,
    more: (n: number) => `and ${n} more`,
    changesHeading: 'Since the last briefing',
    changesCounts: (add: number, change: number, end: number) => `Recorded: ${add} added, ${change} changed, ${end} ended.`,
    changesTotal: (n: number) => `${plural(n, 'change', 'changes')} recorded.`,
    changesEffects: (closed: number, opened: number, scores: number, targets: number) =>
      `As a result ${closed} ${closed === 1 ? 'gap was' : 'gaps were'} closed and ${opened} opened; ${plural(scores, 'industry score', 'industry scores')} and ${plural(targets, 'target status', 'target statuses')} changed.`,
    changesSeeBody: 'Details under "Since" in the body.',
    noSince: 'Not compared: no date of the last briefing (since) was given.',
    recommendationsHeading: 'Recommendations and reasons',
    recommendation: (partner: string, closes: string, reason: string) => `Approach ${partner} for ${closes}. Why: ${reason}${/[.)]$/.test(reason) ? '' : '.'}`,
    closes: (rule: string, n: number, subjects: string[], more: boolean) =>
      `${plural(n, 'gap', 'gaps')} of "${rule}" (${subjects.join(', ')}${more ? ' and others' : ''})`,
    missingIntro: (n: number) => `${plural(n, 'more gap wants', 'more gaps want')} a partner and the graph holds no candidate; recording these data would produce one:`,
    missingItem: (what: string, n: number, names: string[], more: boolean) =>
      `${what.charAt(0).toUpperCase()}${what.slice(1)} (${plural(n, 'gap', 'gaps')}: ${names.join(', ')}${more ? ' and others' : ''}).`,
    missingOthers: (kinds: number, n: number) =>
      `${plural(kinds, 'other kind', 'other kinds')} of data would serve ${plural(n, 'more gap', 'more gaps')}: each gap in innochain says which.`,
    noRecommendations: 'The graph has no partner to recommend yet.',
    annexLabel: (n: number) => `Annex ${n}. `,
  },
} satisfies Record<BriefingLang, unknown>;

export type SummaryText = (typeof SUMMARY_TEXT)['zh'];
export const summaryTextFor = (lang: BriefingLang): SummaryText => SUMMARY_TEXT[lang];
