// How a briefing read as of a past moment (the asOf option) says so: on the cover, in its title and in
// the file name. A date is shown as given; a date-time in China time, to the minute.
import { momentOf } from '../../graph/model/moments';
import { formatDateTime } from './text';
import type { BriefingLang } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The moment as a reader reads it: 2026-06-30, or 2026-06-30 09:30 (China time). */
export function asOfMoment(asOf: string, lang: BriefingLang): string {
  return DATE.test(asOf) ? asOf : formatDateTime(new Date(momentOf(asOf)), lang);
}

/** 截至 2026-06-30 的记录 / As recorded on 2026-06-30. */
export function asOfStatement(asOf: string, lang: BriefingLang): string {
  const moment = asOfMoment(asOf, lang);
  // No space after a closing full-width bracket: 截至 2026年6月30日 09:30（北京时间）的记录.
  return lang === 'zh' ? `截至 ${moment}${moment.endsWith('）') ? '' : ' '}的记录` : `As recorded on ${moment}`;
}

/** The cover's notice: what the statement means for the reader. */
export function asOfNotice(asOf: string, lang: BriefingLang): string {
  const moment = asOfMoment(asOf, lang);
  return lang === 'zh'
    ? `本材料按图谱截至 ${moment} 的记录生成：此后录入、修改或删除的数据均未计入（缺口、目标、数量和来源都是当时的）。`
    : `This briefing is built from the graph as recorded on ${moment}: data entered, changed or deleted since then is not counted (its gaps, targets, counts and sources are those of that moment).`;
}

/** The file name's tag: 截至2026-06-30 / asof-2026-06-30 (the day, China time). */
export function asOfFileTag(asOf: string, lang: BriefingLang): string {
  const day = DATE.test(asOf) ? asOf : new Date(momentOf(asOf) + 8 * 3_600_000).toISOString().slice(0, 10);
  return lang === 'zh' ? `截至${day}` : `asof-${day}`;
}
