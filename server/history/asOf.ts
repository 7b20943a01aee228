// `asOf=YYYY-MM-DD`: the graph as it was recorded at the end of that day, China Standard Time (UTC+8,
// the users' day; graph/model/moments.ts), or at a date-time. Record time, not valid time: what
// innochain held then, whatever the world was. A malformed date, one in the future, or one before the
// history store began is a 400 naming the field.
import { z } from 'zod';
import { chinaMinute, chinaToday, momentOf, PastMoment } from '../../graph/model/moments';
import type { Database } from '../../graph/db/database';
import { errors } from '../errors';
import { readFirst } from '../presenters/rows';
import { HISTORY_START } from './queries';

export { chinaToday, endOfChinaDay, momentOf, PastMoment } from '../../graph/model/moments';

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
  // The reader's clock: China time to the minute, and the exact moment for a date-time parameter.
  const when = chinaMinute(start);
  const exact = new Date(start).toISOString();
  throw errors.validation([
    {
      field,
      reason: `history starts at ${when} China time (${exact}): the graph before then was not recorded`,
      reasonZh: `历史记录始于北京时间 ${when}（${exact}），此前的图谱没有记录`,
    },
  ]);
}

/** The start of a period (`since`), moved to the history's beginning when it lies before it. */
export interface PeriodStart {
  atMs: number;
  /** The moment asked for, when it was before the history began and the period starts there instead. */
  askedMs: number | null;
}

/**
 * A period asked from before the history began starts at its beginning: nothing was recorded earlier,
 * so the changes since then are the changes since the beginning (a new database asked "since today").
 */
export async function startWithinHistory(db: Database, atMs: number): Promise<PeriodStart> {
  const start = await historyStart(db);
  if (start === null || atMs >= start) return { atMs, askedMs: null };
  return { atMs: start, askedMs: atMs };
}
