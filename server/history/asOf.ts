// `asOf=YYYY-MM-DD`: the graph as it was recorded at the end of that day, China Standard Time (UTC+8,
// the users' day). Record time, not valid time: what innochain held then, whatever the world was.
// A malformed date, one in the future, or one before the history store began is a 400 naming the field.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { errors } from '../errors';
import { readFirst } from '../presenters/rows';
import { HISTORY_START } from './queries';

const CHINA_OFFSET = '+08:00';
const DAY_MS = 86_400_000;

/** Today in China Standard Time, as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The last millisecond of a day in China Standard Time. */
export function endOfChinaDay(date: string): number {
  return Date.parse(`${date}T00:00:00.000${CHINA_OFFSET}`) + DAY_MS - 1;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A moment with its zone, to the second or millisecond (a meeting's start, a test's edit). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const isCalendarDate = (text: string): boolean => {
  const day = text.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day && !Number.isNaN(Date.parse(text));
};

/** The moment a date (its day's end, China Standard Time) or a date-time stands for. */
export function momentOf(text: string): number {
  return DATE.test(text) ? endOfChinaDay(text) : Date.parse(text);
}

/** A day or a moment in the past, for `asOf`, `since` and `until`. */
export const PastMoment = z
  .string()
  .refine((text) => DATE.test(text) || DATE_TIME.test(text), 'must be a date YYYY-MM-DD or a date-time such as 2026-05-01T09:30:00+08:00 (应为 YYYY-MM-DD 日期或带时区的日期时间)')
  .refine(isCalendarDate, 'is not a calendar date (不是有效日期)')
  .refine((text) => (DATE.test(text) ? text <= chinaToday() : Date.parse(text) <= Date.now()), 'must not be in the future (不能晚于现在)');

export const AsOfParam = PastMoment.optional().describe(
  'The graph as recorded at the end of this day (China Standard Time), or at this date-time; absent: now. Not before the history store began / 按该日（北京时间）结束时或该时刻的记录查看图谱，缺省为当前',
);

/** A date the graph is read at, and the moment it stands for. */
export interface AsOf {
  date: string;
  atMs: number;
}

const StartRow = z.object({ atMs: z.number() });

/** When the history store began, or null in a database that has not started it (read as now). */
export async function historyStart(db: Database): Promise<number | null> {
  return readFirst(await db.read((tx) => tx.run(HISTORY_START)), StartRow)?.atMs ?? null;
}

/**
 * The moment an `asOf` parameter stands for, checked against the start of the history store; undefined
 * when none was given or it is today (the current graph, with nothing to undo).
 */
export async function resolveAsOf(db: Database, text: string | undefined, field = 'query.asOf'): Promise<AsOf | undefined> {
  if (text === undefined || text === chinaToday()) return undefined;
  const atMs = momentOf(text);
  await assertRecorded(db, atMs, field);
  return { date: text, atMs };
}

/** A 400 naming `field` when `atMs` is before the history store began. */
export async function assertRecorded(db: Database, atMs: number, field: string): Promise<void> {
  const start = (await historyStart(db)) ?? Date.now();
  if (atMs >= start) return;
  const first = new Date(start).toISOString();
  throw errors.validation([
    { field, reason: `history starts at ${first}: the graph before then was not recorded`, reasonZh: `历史记录始于 ${first}，此前的图谱没有记录` },
  ]);
}
