// Valid time on nodes and relationships (validFrom / validTo, partial dates): the order check every
// write path applies, and whether a fact holds in a year. Shared by server and browser.
import type { z } from 'zod';
import { PartialDate } from './common';

/** The name a validity problem is reported under: the end, as the end is what is usually set later. */
export const VALIDITY_PROBLEM_FIELD = 'validTo';

function wellFormed(value: unknown): value is string {
  return typeof value === 'string' && PartialDate.safeParse(value).success;
}

/**
 * Whether validFrom lies after validTo. Dates of different precision are compared at the coarser one:
 * 2010-05 to 2010 is a period within 2010, not an error; 2011 to 2010-12 is.
 */
export function validityReversed(validFrom: unknown, validTo: unknown): boolean {
  if (!wellFormed(validFrom) || !wellFormed(validTo)) return false;
  const length = Math.min(validFrom.length, validTo.length);
  return validFrom.slice(0, length) > validTo.slice(0, length);
}

/** The problem with a record's validity, if any, in English and Chinese; undefined when it is in order. */
export function validityProblem(record: { validFrom?: unknown; validTo?: unknown }): { reason: string; reasonZh: string } | undefined {
  if (!validityReversed(record.validFrom, record.validTo)) return undefined;
  const from = String(record.validFrom);
  return {
    reason: `is before validFrom ${from}: a fact cannot end before it begins`,
    reasonZh: `终止日期早于起始日期 ${from}：事实不能在开始之前结束`,
  };
}

/** The message of a zod issue, written "english (中文)" as the server's issue readers split it. */
function issueMessage(problem: { reason: string; reasonZh: string }): string {
  return `${problem.reason} (${problem.reasonZh})`;
}

/**
 * The schema with the order check added. Apply it last: zod refuses to omit, pick or make partial the
 * fields of a refined object.
 */
export function withValidityCheck<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const problem = validityProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', path: [VALIDITY_PROBLEM_FIELD], message: issueMessage(problem) });
  });
}

export type ValidityState = 'current' | 'ended' | 'notYet';

/**
 * Where `year` falls in a fact's validity, judged by year as the gap engine judges (server/gaps/cypher.ts
 * validIn): ended when validTo's year is before it, not yet when validFrom's year is after it.
 */
export function validityState(record: { validFrom?: unknown; validTo?: unknown }, year: number): ValidityState {
  if (wellFormed(record.validTo) && Number(record.validTo.slice(0, 4)) < year) return 'ended';
  if (wellFormed(record.validFrom) && Number(record.validFrom.slice(0, 4)) > year) return 'notYet';
  return 'current';
}
