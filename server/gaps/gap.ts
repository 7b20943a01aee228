// Rule metadata and the one place a Gap record is put together (id, severity, evidence, provenance).
import type { Gap, GapConfig, GapRuleId, GapRuleInfo, NodeRef, Severity, Suggestion } from '../../graph/model';

/** A rule as written in its module: the severity in force may be overridden by the configuration. */
export interface RuleDefinition extends Omit<GapRuleInfo, 'severity'> {
  defaultSeverity: Severity;
}

export function severityOf(rule: RuleDefinition, config: GapConfig): Severity {
  return config.severities[rule.id] ?? rule.defaultSeverity;
}

export function ruleInfo(rule: RuleDefinition, config: GapConfig): GapRuleInfo {
  const { defaultSeverity: _default, ...info } = rule;
  return { ...info, severity: severityOf(rule, config) };
}

export interface GapDraft {
  rule: RuleDefinition;
  subject: NodeRef;
  industryId: string | null;
  /** Nodes showing the gap besides the subject. */
  evidence: NodeRef[];
  explanationZh: string;
  explanationEn: string;
  regionIds: string[];
  suggestions?: Suggestion[];
  /** Which data would produce a candidate, when the gap wants candidates and has none. */
  missingData?: Gap['missingData'];
  status?: Gap['status'];
  /** Extra id parts when the subject alone is not unique for the rule (e.g. industry + field). */
  idParts?: string[];
}

export function makeGap(draft: GapDraft, config: GapConfig): Gap {
  const evidenceNodes = dedupeRefs([draft.subject, ...draft.evidence]);
  const id = [draft.rule.id, ...(draft.idParts ?? [draft.subject.id])].join(':');
  return {
    id,
    ruleId: draft.rule.id,
    severity: severityOf(draft.rule, config),
    subject: draft.subject,
    industryId: draft.industryId,
    evidence: evidenceNodes.map((n) => n.id),
    evidenceNodes,
    explanationZh: draft.explanationZh,
    explanationEn: draft.explanationEn,
    suggestions: draft.suggestions ?? [],
    ...(draft.missingData ? { missingData: draft.missingData } : {}),
    status: draft.status ?? 'not-recorded',
    illustrative: evidenceNodes.some((n) => n.illustrative),
    regionIds: [...new Set(draft.regionIds)],
  };
}

/**
 * One reference per id, first occurrence first. A node cited through both an illustrative and a
 * recorded fact is not illustrative: something real supports it.
 */
export function dedupeRefs<T extends NodeRef>(refs: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const ref of refs) {
    const seen = byId.get(ref.id);
    if (!seen) byId.set(ref.id, ref);
    else if (seen.illustrative && !ref.illustrative) byId.set(ref.id, { ...seen, illustrative: false });
  }
  return [...byId.values()];
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most severe first, then in rule order, then by industry and subject, so lists are stable. */
export function compareGaps(ruleOrder: readonly GapRuleId[]) {
  return (a: Gap, b: Gap): number =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    ruleOrder.indexOf(a.ruleId) - ruleOrder.indexOf(b.ruleId) ||
    (a.industryId ?? '').localeCompare(b.industryId ?? '') ||
    a.id.localeCompare(b.id);
}
