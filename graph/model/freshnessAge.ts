// How old a fact is and whether it is stale: pure date arithmetic shared by the server (GET /api/freshness,
// matrix marks, briefings) and the client (the detail panel), so both count alike. All dates are UTC days.
//
// A partial date counts from the last day it covers: "2023" from 2023-12-31 and "2023-08" from 2023-08-31.
// This is the youngest the fact can be, so a fact is called stale only when it certainly is. A fact changed
// after it was observed (lastChangedAt, from the history store) counts from the later of the two days.

const DAY_MS = 86_400_000;

/** A UTC calendar day. */
interface Day {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toDate({ year, month, day }: Day): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function dayOf(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** YYYY-MM-DD of a UTC day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) covers, or null when it is not one. */
export function partialDateEnd(text: string): Date | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 12 : Number(match[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  const day = match[3] === undefined ? last : Number(match[3]);
  if (day < 1 || day > last) return null;
  return toDate({ year, month, day });
}

/** `date` plus whole calendar months, kept inside the month (2024-08-31 + 6 months = 2025-02-28). */
export function addMonths(date: Date, months: number): Date {
  const { year, month, day } = dayOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return toDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Whole calendar months from `from` to `to` (0 when `to` is not later). */
export function wholeMonths(from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  const a = dayOf(from);
  const b = dayOf(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months).getTime() > to.getTime()) months -= 1;
  return Math.max(0, months);
}

export interface FactAge {
  /** The day the age counts from: the end of observedAt, or lastChangedAt when later. */
  since: Date;
  /** Whole days to now; 0 for a day after now. */
  days: number;
  /** Whole calendar months to now. */
  months: number;
}

/**
 * The age of a fact on day `now`, or null when it is undated (no readable observedAt and no change date).
 * Undated facts are never called fresh: callers count and list them apart.
 */
export function factAge(observedAt: string | null | undefined, now: Date, lastChangedAt?: Date | null): FactAge | null {
  const observed = observedAt ? partialDateEnd(observedAt) : null;
  const changed = lastChangedAt ? toDate(dayOf(lastChangedAt)) : null;
  const since = observed && changed ? (changed.getTime() > observed.getTime() ? changed : observed) : (observed ?? changed);
  if (!since) return null;
  const today = toDate(dayOf(now));
  return { since, days: Math.max(0, Math.round((today.getTime() - since.getTime()) / DAY_MS)), months: wholeMonths(since, today) };
}

/** Stale: now is after the day `thresholdMonths` months past the fact's day (exactly the threshold is still fresh). */
export function isStale(age: FactAge, thresholdMonths: number, now: Date): boolean {
  return toDate(dayOf(now)).getTime() > addMonths(age.since, thresholdMonths).getTime();
}

/** Days past the threshold (negative while fresh): the order in which stale facts should be renewed. */
export function overdueDays(age: FactAge, thresholdMonths: number, now: Date): number {
  return Math.round((toDate(dayOf(now)).getTime() - addMonths(age.since, thresholdMonths).getTime()) / DAY_MS);
}
