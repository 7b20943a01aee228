// What a case needs of the gap engine: the gaps found under a scope (by stable id), and the few words
// about a gap a case keeps, so it still reads when the gap is gone.
import type { Database } from '../../graph/db/database';
import { GapRuleId, type Gap } from '../../graph/model';
import { computeGaps, gapRules } from '../gaps/service';

/** The rule a gap id names (`<ruleId>:<subjectId>`), or null when it names none. */
export function ruleOfGapId(gapId: string): GapRuleId | null {
  const parsed = GapRuleId.safeParse(gapId.split(':')[0]);
  return parsed.success ? parsed.data : null;
}

/**
 * The gaps the engine finds under the scope now, by id, for the rules of these gap ids only: the engine
 * then reads just the fact sets those rules need (cached per database version).
 */
export async function gapsUnder(db: Database, scopeRegionId: string, gapIds: readonly string[], version?: string): Promise<Map<string, Gap>> {
  const ruleIds = [...new Set(gapIds.map(ruleOfGapId).filter((id): id is GapRuleId => id !== null))];
  if (ruleIds.length === 0) return new Map();
  const gaps = await computeGaps(db, { ruleIds }, { regionId: scopeRegionId, version });
  return new Map(gaps.map((gap) => [gap.id, gap]));
}

export interface GapSnapshot {
  ruleId: string;
  industryId: string | null;
  gapTitleZh: string;
  gapTitleEn: string;
  gapExplanationZh: string;
  gapExplanationEn: string;
  gapRegionIds: string[];
  illustrative: boolean;
}

/** The gap's rule and subject as a title, its explanation and where it lies. */
export function gapSnapshot(gap: Gap): GapSnapshot {
  const rule = gapRules().find((r) => r.id === gap.ruleId);
  return {
    ruleId: gap.ruleId,
    industryId: gap.industryId,
    gapTitleZh: `${rule?.titleZh ?? gap.ruleId}：${gap.subject.nameZh}`,
    gapTitleEn: `${rule?.titleEn ?? gap.ruleId}: ${gap.subject.nameEn}`,
    gapExplanationZh: gap.explanationZh,
    gapExplanationEn: gap.explanationEn,
    gapRegionIds: gap.regionIds ?? [],
    illustrative: gap.illustrative ?? false,
  };
}
