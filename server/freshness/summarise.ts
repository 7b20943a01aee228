// Ages of grouped facts, in memory: counts, stale, undated, oldest and median per label, per source and
// overall. Pure, so the arithmetic is tested on its own; the groups come from queries.ts FACT_GROUPS.
import { factAge, isStale, overdueDays, type FactAge } from '../../graph/model/freshnessAge';
import { thresholdMonths, type FactKind, type FreshnessConfig, type FreshnessGroup, type LabelFreshness, type SourceFreshness } from '../../graph/model/freshness';

export interface FactGroupRow {
  kind: FactKind;
  label: string;
  sourceKind: string | null;
  origin: string | null;
  observedAt: string | null;
  /** For a group without observedAt: the day (YYYY-MM-DD) of its facts' last recorded change, if any. */
  changedAt: string | null;
  facts: number;
}

/** A row with its age worked out on the day `now`. */
export interface AgedGroup extends FactGroupRow {
  age: FactAge | null;
  threshold: number;
  stale: boolean;
  overdue: number | null;
}

export function ageGroups(rows: readonly FactGroupRow[], config: FreshnessConfig, now: Date): AgedGroup[] {
  return rows.map((row) => {
    // changedAt is only set on groups without observedAt (changeQueries.ts): it is then the age's basis.
    const age = factAge(row.observedAt, now, row.changedAt ? new Date(`${row.changedAt}T00:00:00Z`) : null);
    const threshold = thresholdMonths(config, row.kind, row.label);
    return { ...row, age, threshold, stale: age !== null && isStale(age, threshold, now), overdue: age && overdueDays(age, threshold, now) };
  });
}

/** Median of ages given as (months, count) pairs: the middle one, or the mean of the two middle ones. */
export function weightedMedian(pairs: readonly { months: number; count: number }[]): number | null {
  const sorted = [...pairs].filter((p) => p.count > 0).sort((a, b) => a.months - b.months);
  const n = sorted.reduce((sum, p) => sum + p.count, 0);
  if (n === 0) return null;
  const at = (index: number): number => {
    let seen = 0;
    for (const p of sorted) {
      seen += p.count;
      if (index < seen) return p.months;
    }
    return sorted[sorted.length - 1]?.months ?? 0;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** The summary of some groups. */
export function summarise(groups: readonly AgedGroup[]): FreshnessGroup {
  let facts = 0;
  let dated = 0;
  let byChange = 0;
  let stale = 0;
  let oldest: AgedGroup | undefined;
  for (const g of groups) {
    facts += g.facts;
    if (!g.age) continue;
    dated += g.facts;
    if (g.observedAt === null) byChange += g.facts;
    if (g.stale) stale += g.facts;
    if (!oldest?.age || g.age.days > oldest.age.days) oldest = g;
  }
  const ages = groups.flatMap((g) => (g.age ? [{ months: g.age.months, count: g.facts }] : []));
  return {
    facts,
    dated,
    byChange,
    stale,
    undated: facts - dated,
    oldest: oldest?.observedAt ?? oldest?.changedAt ?? null,
    oldestBasis: oldest ? (oldest.observedAt === null ? 'changed' : 'observed') : null,
    oldestAgeMonths: oldest?.age?.months ?? null,
    medianAgeMonths: weightedMedian(ages),
  };
}

function groupBy<K>(groups: readonly AgedGroup[], key: (g: AgedGroup) => K, id: (k: K) => string): Map<string, { key: K; groups: AgedGroup[] }> {
  const out = new Map<string, { key: K; groups: AgedGroup[] }>();
  for (const g of groups) {
    const k = key(g);
    const entry = out.get(id(k)) ?? { key: k, groups: [] };
    entry.groups.push(g);
    out.set(id(k), entry);
  }
  return out;
}

/** Per node label and relationship type: nodes first, then most stale first, then by name. */
export function byLabel(groups: readonly AgedGroup[]): LabelFreshness[] {
  return [...groupBy(groups, (g) => ({ kind: g.kind, label: g.label, thresholdMonths: g.threshold }), (k) => `${k.kind} ${k.label}`).values()]
    .map(({ key, groups: members }) => ({ ...key, ...summarise(members) }))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'node' ? -1 : 1) || b.stale - a.stale || a.label.localeCompare(b.label));
}

/** Per source kind and origin (dataset or import file): most stale first. */
export function bySource(groups: readonly AgedGroup[]): SourceFreshness[] {
  return [...groupBy(groups, (g) => ({ sourceKind: g.sourceKind, origin: g.origin }), (k) => `${k.sourceKind ?? ''}\u0000${k.origin ?? ''}`).values()]
    .map(({ key, groups: members }) => ({ ...key, ...summarise(members) }))
    .sort((a, b) => b.stale - a.stale || b.undated - a.undated || `${a.sourceKind}${a.origin}`.localeCompare(`${b.sourceKind}${b.origin}`));
}
