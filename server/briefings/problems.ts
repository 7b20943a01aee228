// The leader's summary's top problems: the most important gaps of the scope, each with its case (owner,
// chain chief, due date) from the 问题清单 (server/cases), so a leader sees who answers for what by when.
import type { Database } from '../../graph/db/database';
import type { Gap, MatrixRow } from '../../graph/model';
import { casesForGaps } from '../cases/forGaps';
import type { BriefingProblem } from './types';

/** How many problems the summary lists. */
export const PROBLEMS = 5;
/** At most this many problems of one rule or one industry while others are left: five rows of one kind, or
 * of one industry, would tell a leader one thing. */
const PER_KIND = 2;

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * The most important gaps: by severity, then the weaker industry first (a gap of no industry after the
 * industries'), then the engine's order; at most PER_KIND of a rule or of an industry while others are left.
 */
export function rankProblems(gaps: readonly Gap[], rows: readonly MatrixRow[], count = PROBLEMS): Gap[] {
  const score = new Map(rows.map((r) => [r.industry.id, r.score.total]));
  const engineOrder = new Map(gaps.map((g, i) => [g.id, i]));
  const scoreOf = (gap: Gap): number => (gap.industryId === null ? Infinity : (score.get(gap.industryId) ?? Infinity));
  const ranked = [...gaps].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      scoreOf(a) - scoreOf(b) ||
      (engineOrder.get(a.id) ?? 0) - (engineOrder.get(b.id) ?? 0),
  );
  const picked: Gap[] = [];
  const seen = new Map<string, number>();
  const kinds = (gap: Gap): string[] => [`rule:${gap.ruleId}`, ...(gap.industryId ? [`industry:${gap.industryId}`] : [])];
  for (const gap of ranked) {
    if (picked.length === count) break;
    if (kinds(gap).some((k) => (seen.get(k) ?? 0) >= PER_KIND)) continue;
    picked.push(gap);
    for (const k of kinds(gap)) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  // Fewer rules than rows: fill up in rank order.
  for (const gap of ranked) {
    if (picked.length === count) break;
    if (!picked.includes(gap)) picked.push(gap);
  }
  return picked.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
}

/** The problems with their cases under the briefed region (read from the database now, also for a past briefing). */
export async function problemsWithCases(db: Database, regionId: string, gaps: Gap[]): Promise<BriefingProblem[]> {
  const cases = await casesForGaps(db, regionId, gaps.map((g) => g.id));
  return gaps.map((gap) => ({ gap, case: cases.get(gap.id) ?? null }));
}
