// The 六个一 slots, how filled each is, and the marks that say so on screen (matrix, gap cards, chain
// view) and in print (Word, PDF, HTML briefings). The marks differ in shape, not only in colour, so
// they survive colour-blind eyes and black-and-white printing; all are in GB2312, so 宋体/黑体 and
// Noto CJK print them without a fallback font.
import type { Severity, SlotStatus } from '../gaps';
import type { TargetStatus } from '../targets';
import type { SixOnesSlot } from '../sixOnes';
import type { Names } from './names';

/** The "六个一" slots of task 三(一), in the document's order. */
export const SIX_ONES_NAMES: Record<SixOnesSlot, Names> = {
  plan: { zh: '产业创新发展规划', en: 'Development plan' },
  leadFirm: { zh: '龙头带动企业', en: 'Lead firm' },
  innovationCentre: { zh: '产业创新中心', en: 'Innovation centre' },
  alliance: { zh: '产业技术创新战略联盟', en: 'Technology alliance' },
  fund: { zh: '产业科技发展基金', en: 'S&T development fund' },
  platforms: { zh: '公共技术服务平台（一套）', en: 'Public technology platforms (a set)' },
};

export const SLOT_STATUS_NAMES: Record<SlotStatus, Names> = {
  filled: { zh: '已落实', en: 'In place' },
  partial: { zh: '部分落实', en: 'Partly in place' },
  'not-recorded': { zh: '未记录', en: 'Not recorded' },
  'confirmed-missing': { zh: '确认缺失', en: 'Confirmed missing' },
};

/** Solid disc, bullseye, empty ring, cross: four shapes for the four states of a slot. */
export const SLOT_STATUS_SYMBOLS: Record<SlotStatus, string> = {
  filled: '●',
  partial: '◎',
  'not-recorded': '○',
  'confirmed-missing': '×',
};

/** A slot's state as a reader sees it: the mark, then the word ("● 已落实"). */
export function slotStatusText(status: SlotStatus, lang: keyof Names): string {
  return `${SLOT_STATUS_SYMBOLS[status]} ${SLOT_STATUS_NAMES[status][lang]}`;
}

/** Severity marks: triangle, diamond, disc, beside the colour wherever a gap's severity is shown. */
export const SEVERITY_SYMBOLS: Record<Severity, string> = { high: '▲', medium: '◆', low: '●' };

/** A gap's severity, in the matrix, gap cards, question tables and briefings alike. */
export const SEVERITY_NAMES: Record<Severity, Names> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};

/** Where a target stands by its trend (graph/model/targets.ts states the rule), everywhere targets show. */
export const TARGET_STATUS_NAMES: Record<TargetStatus, Names> = {
  met: { zh: '已达标', en: 'Met' },
  'on-track': { zh: '进度正常', en: 'On track' },
  'off-track': { zh: '偏离进度', en: 'Off track' },
  'no-data': { zh: '无监测数据', en: 'No data' },
  qualitative: { zh: '定性目标', en: 'Qualitative' },
};

/** Target status marks, distinct in shape: met, on track, off track, no measurement, qualitative. */
export const TARGET_STATUS_SYMBOLS: Record<TargetStatus, string> = {
  met: '●',
  'on-track': '◆',
  'off-track': '▲',
  'no-data': '○',
  qualitative: '□',
};
