// The briefing's data notes on freshness: of the facts a briefing rests on, how many may be stale by node
// label and relationship type, how many are undated, and the oldest few, counted to the briefing's day
// with the thresholds in force. A fact ages from its observedAt, or without one from its last recorded
// change (changedAt, when the sources query gives it); each age says which. Pure: the facts come from the
// briefing's own sources query. As of a moment, the facts must be read from the graph as recorded then
// and counted to that moment (judgedAt).
import type { AgeBasis, FreshnessConfig } from '../../graph/model/freshness';
import { thresholdMonths, type FactKind } from '../../graph/model/freshness';
import { factAge, isStale } from '../../graph/model/freshnessAge';

export interface NotedFact {
  kind: FactKind;
  label: string | null;
  nameZh: string;
  nameEn: string;
  observedAt: string | null;
  /** The day (YYYY-MM-DD) of the fact's last recorded change, if known: the age's basis without observedAt. */
  changedAt?: string | null;
}

export interface BriefingFreshness {
  facts: number;
  stale: number;
  undated: number;
  /** Dated facts aged from their last recorded change (no observedAt). */
  byChange: number;
  /** Stale counts per label or type, most first. */
  staleByLabel: { kind: FactKind; label: string; stale: number; thresholdMonths: number }[];
  /** The oldest dated facts, oldest first, at most OLDEST_SHOWN. */
  oldest: { kind: FactKind; label: string; nameZh: string; nameEn: string; observedAt: string; basis: AgeBasis; ageMonths: number; stale: boolean }[];
}

/** The day a briefing's ages are counted to: the moment it is read as of, else its day. */
export function judgedAt(now: Date, asOf?: { atMs: number }): Date {
  return asOf ? new Date(asOf.atMs) : now;
}

/** Oldest facts a briefing names: enough to act on, short enough for a page. */
export const OLDEST_SHOWN = 5;

export function briefingFreshness(facts: readonly NotedFact[], config: FreshnessConfig, now: Date): BriefingFreshness {
  const byLabel = new Map<string, BriefingFreshness['staleByLabel'][number]>();
  const dated: (BriefingFreshness['oldest'][number] & { days: number })[] = [];
  let stale = 0;
  let undated = 0;
  let byChange = 0;
  for (const fact of facts) {
    const label = fact.label ?? '';
    const changed = !fact.observedAt && fact.changedAt ? fact.changedAt : null;
    const age = factAge(fact.observedAt, now, changed ? new Date(`${changed}T00:00:00Z`) : null);
    const day = fact.observedAt || changed;
    if (!age || !day) {
      undated += 1;
      continue;
    }
    if (changed) byChange += 1;
    const threshold = thresholdMonths(config, fact.kind, label);
    const isOld = isStale(age, threshold, now);
    const basis: AgeBasis = changed ? 'changed' : 'observed';
    dated.push({ kind: fact.kind, label, nameZh: fact.nameZh, nameEn: fact.nameEn, observedAt: day, basis, ageMonths: age.months, stale: isOld, days: age.days });
    if (!isOld) continue;
    stale += 1;
    const key = `${fact.kind} ${label}`;
    const entry = byLabel.get(key) ?? { kind: fact.kind, label, stale: 0, thresholdMonths: threshold };
    entry.stale += 1;
    byLabel.set(key, entry);
  }
  const oldest = dated
    .sort((a, b) => b.days - a.days || a.nameZh.localeCompare(b.nameZh))
    .slice(0, OLDEST_SHOWN)
    .map(({ days: _days, ...rest }) => rest);
  return {
    facts: facts.length,
    stale,
    undated,
    byChange,
    staleByLabel: [...byLabel.values()].sort((a, b) => b.stale - a.stale || a.label.localeCompare(b.label)),
    oldest,
  };
}
