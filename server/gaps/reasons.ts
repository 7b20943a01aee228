// A candidate's score as named parts (推荐理由): the parts, their sum, and the one-line text of both.
import type { NodeRef, Suggestion, SuggestionKind, SuggestionReason } from '../../graph/model';
import { SUGGESTION_REASON_KEYS } from '../../graph/model';
import { num } from './text';

/** A scored part; parts worth nothing are left out, so every reason shown adds points. */
export type Part = SuggestionReason;

export interface Placed {
  ref: NodeRef;
  /** The partner region it lies in, if any. */
  regionId: string | null;
  place: Suggestion['place'];
}

export function suggestionFrom(candidate: Placed, kind: SuggestionKind, parts: readonly Part[]): Suggestion {
  const reasons = parts
    .filter((p) => p.points > 0)
    .sort((a, b) => SUGGESTION_REASON_KEYS.indexOf(a.key) - SUGGESTION_REASON_KEYS.indexOf(b.key));
  const score = Math.round(reasons.reduce((sum, p) => sum + p.points, 0) * 100) / 100;
  return {
    ...candidate.ref,
    kind,
    regionId: candidate.regionId,
    place: candidate.place,
    score,
    reasons,
    reasonZh: `${reasons.map((p) => `${p.zh} +${num(p.points)}`).join('；')}（共 ${num(score)} 分）`,
    reasonEn: `${reasons.map((p) => `${p.en} +${num(p.points)}`).join('; ')} (total ${num(score)})`,
  };
}

/** Highest score first; ties by id, so lists are stable. */
export function bySuggestionScore(a: Suggestion, b: Suggestion): number {
  return b.score - a.score || a.id.localeCompare(b.id);
}

/**
 * Candidates in the partner regions (Shanghai, 苏南) first, then the rest of the graph; by score within
 * each: the policy ties each chain to those partners before anyone else.
 */
export function byPartnerThenScore(a: Suggestion, b: Suggestion): number {
  return Number(b.regionId !== null) - Number(a.regionId !== null) || bySuggestionScore(a, b);
}
