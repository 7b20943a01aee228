// Moments a request names (asOf, since, until): a date, standing for the end of that day in China
// Standard Time (UTC+8, the users' day), or a date-time with its zone. Shared by the server's checks
// and the explorer's date controls.
import { z } from 'zod';

const CHINA_OFFSET = '+08:00';
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A moment with its zone, to the minute, second or millisecond (a meeting's start, a test's edit). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Today in China Standard Time, as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A moment as a reader in China sees it, to the minute: "2026-12-07 07:42". */
export function chinaMinute(atMs: number): string {
  return new Date(atMs + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The last millisecond of a day in China Standard Time. */
export function endOfChinaDay(date: string): number {
  return Date.parse(`${date}T00:00:00.000${CHINA_OFFSET}`) + DAY_MS - 1;
}

const isCalendarDate = (text: string): boolean => {
  const day = text.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day && !Number.isNaN(Date.parse(text));
};

/** The moment a date (its day's end, China Standard Time) or a date-time stands for, in epoch ms. */
export function momentOf(text: string): number {
  return DATE.test(text) ? endOfChinaDay(text) : Date.parse(text);
}

/**
 * The start of a period named by a date (its day's beginning, China Standard Time: "since 30 Nov"
 * includes 30 Nov) or a date-time, in epoch ms.
 */
export function periodStartOf(text: string): number {
  return DATE.test(text) ? endOfChinaDay(text) - DAY_MS + 1 : Date.parse(text);
}

/** A day or a moment not in the future, for `asOf`, `since` and `until`. */
export const PastMoment = z
  .string()
  .refine(
    (text) => DATE.test(text) || DATE_TIME.test(text),
    'must be a date YYYY-MM-DD or a date-time such as 2026-05-01T09:30:00+08:00 (应为 YYYY-MM-DD 日期或带时区的日期时间)',
  )
  .refine(isCalendarDate, 'is not a calendar date (不是有效日期)')
  .refine((text) => (DATE.test(text) ? text <= chinaToday() : Date.parse(text) <= Date.now()), 'must not be in the future (不能晚于现在)');
