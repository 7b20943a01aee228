// GET /api/freshness: how old the facts of the graph (or of one region) are, by label and by source, and
// which to renew first. A fact ages from its observedAt or, without one, from its last recorded change
// (changeQueries.ts); with neither it is undated. Reads: the facts grouped by what their age depends on
// (few rows however many facts), the same for the facts aged by a change, then at most `limit` facts of
// the stalest groups and of the undated ones.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { NodeRef } from '../../graph/model';
import { FactKind, type FreshnessConfig, type FreshnessFact, type FreshnessList, type FreshnessView } from '../../graph/model/freshness';
import { isoDay } from '../../graph/model/freshnessAge';
import { readLocalPlaceIds } from '../gaps/localPlaces';
import { readFirst, readRows } from '../presenters/rows';
import { CHANGED_FACTS_OF_GROUPS, CHANGED_GROUPS } from './changeQueries';
import { FACT_GROUPS, FACTS_OF_GROUPS, REGION_REF } from './queries';
import { ageGroups, byLabel, bySource, summarise, type AgedGroup, type FactGroupRow } from './summarise';

const GroupRow = z.object({
  kind: FactKind,
  label: z.string(),
  sourceKind: z.string().nullable(),
  origin: z.string().nullable(),
  observedAt: z.string().nullable(),
  facts: z.number().int(),
});
const ChangedGroupRow = GroupRow.omit({ observedAt: true }).extend({ changedAt: z.string() });
const FactRow = z.object({
  kind: FactKind,
  label: z.string(),
  node: NodeRef,
  to: NodeRef.nullable(),
  sourceKind: z.string().nullable(),
  sourceRef: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  origin: z.string().nullable(),
  observedAt: z.string().nullable(),
  changedAt: z.string().nullable().default(null),
});
type FactRow = z.infer<typeof FactRow>;

export interface FreshnessOptions {
  /** A region id (checked to exist by the caller), or null for the whole graph. */
  regionId: string | null;
  /** The day ages are counted to. */
  now: Date;
  /** Most facts listed in each of the stale and undated lists. */
  limit: number;
}

type Dates = { observedAt: string | null; changedAt: string | null };

/** What the facts query needs to tell a fact's group: kind, label and the day its age counts from. */
const groupKey = (g: { kind: string; label: string } & Dates): string => `${g.kind} ${g.label} ${g.observedAt ?? ''} ${g.changedAt ?? ''}`;

/** The key FACTS_OF_GROUPS (or CHANGED_FACTS_OF_GROUPS) matches a group by. */
const factKey = (g: { label: string } & Dates): string => `${g.label}|${g.observedAt ?? g.changedAt ?? ''}`;

/**
 * The groups by observedAt with the facts aged by a change taken out of the undated ones (same kind,
 * label, source kind and origin) and added as groups of their own.
 */
function mergeGroups(observed: FactGroupRow[], changed: FactGroupRow[]): FactGroupRow[] {
  const sourceKey = (g: FactGroupRow): string => `${g.kind} ${g.label} ${g.sourceKind ?? ''}\u0000${g.origin ?? ''}`;
  const taken = new Map<string, number>();
  for (const g of changed) taken.set(sourceKey(g), (taken.get(sourceKey(g)) ?? 0) + g.facts);
  const rest = observed
    .map((g) => (g.observedAt === null ? { ...g, facts: g.facts - (taken.get(sourceKey(g)) ?? 0) } : g))
    .filter((g) => g.facts > 0);
  return [...rest, ...changed];
}

/** The (kind, label, observedAt) groups to read facts from: in order, until `limit` facts are covered. */
function pick(groups: readonly AgedGroup[], limit: number): AgedGroup[] {
  const merged = new Map<string, AgedGroup>();
  for (const g of groups) {
    const key = groupKey(g);
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, facts: seen.facts + g.facts } : g);
  }
  const picked: AgedGroup[] = [];
  let covered = 0;
  for (const g of merged.values()) {
    if (covered >= limit) break;
    picked.push(g);
    covered += g.facts;
  }
  return picked;
}

function toFact(row: FactRow, group: AgedGroup | undefined): FreshnessFact {
  return {
    kind: row.kind,
    label: row.label,
    node: row.node,
    ...(row.to ? { to: row.to } : {}),
    sourceKind: row.sourceKind,
    sourceRef: row.sourceRef,
    sourceUrl: row.sourceUrl,
    origin: row.origin,
    observedAt: row.observedAt,
    changedAt: row.changedAt,
    basis: group?.age ? (row.observedAt === null ? 'changed' : 'observed') : null,
    ageMonths: group?.age?.months ?? null,
    thresholdMonths: group?.threshold ?? 0,
    overdueDays: group?.overdue ?? null,
  };
}

export async function freshnessView(db: Database, config: FreshnessConfig, options: FreshnessOptions): Promise<FreshnessView> {
  const { now, limit, regionId } = options;
  return db.read(async (tx) => {
    const placeIds = regionId === null ? null : await readLocalPlaceIds(tx, regionId);
    const region = regionId === null ? null : (readFirst(await tx.run(REGION_REF, { id: regionId }), z.object({ ref: NodeRef }))?.ref ?? null);
    // Changes recorded up to the end of the day counted to.
    const untilMs = now.getTime() + 86_399_999;
    const observed = readRows(await tx.run(FACT_GROUPS, { placeIds }), GroupRow).map((g) => ({ ...g, changedAt: null }));
    const changed = readRows(await tx.run(CHANGED_GROUPS, { placeIds, untilMs }), ChangedGroupRow).map((g) => ({ ...g, observedAt: null }));
    const groups = ageGroups(mergeGroups(observed, changed), config, now);

    // Stale: most overdue first; undated: by kind and label. Ties by the group's key, so the order is stable.
    const stale = groups.filter((g) => g.stale).sort((a, b) => (b.overdue ?? 0) - (a.overdue ?? 0) || groupKey(a).localeCompare(groupKey(b)));
    const undated = groups.filter((g) => !g.age).sort((a, b) => groupKey(a).localeCompare(groupKey(b)));
    const wanted = [...pick(stale, limit), ...pick(undated, limit)];
    const keys = (groups: AgedGroup[], kind: string): string[] => groups.filter((g) => g.kind === kind).map(factKey);
    const read = async (query: string, groups: AgedGroup[], extra: Record<string, unknown>): Promise<FactRow[]> =>
      groups.length === 0
        ? []
        : readRows(await tx.run(query, { placeIds, limit, untilMs, nodeKeys: keys(groups, 'node'), relKeys: keys(groups, 'relationship'), ...extra }), FactRow);
    const byObserved = wanted.filter((g) => g.changedAt === null);
    const undatedTypes = [...new Set(byObserved.filter((g) => g.kind === 'relationship' && g.observedAt === null).map((g) => g.label))];
    const rows = [
      ...(await read(FACTS_OF_GROUPS, byObserved, { undatedTypes })),
      ...(await read(CHANGED_FACTS_OF_GROUPS, wanted.filter((g) => g.changedAt !== null), {})),
    ];
    const byKey = new Map(groups.map((g) => [groupKey(g), g]));
    const facts = rows.map((row) => toFact(row, byKey.get(groupKey(row))));
    const order = (a: FreshnessFact, b: FreshnessFact): number =>
      (b.overdueDays ?? 0) - (a.overdueDays ?? 0) ||
      `${a.kind} ${a.label}`.localeCompare(`${b.kind} ${b.label}`) ||
      a.node.id.localeCompare(b.node.id) ||
      (a.to?.id ?? '').localeCompare(b.to?.id ?? '');
    const list = (items: FreshnessFact[], total: number): FreshnessList => ({
      items: items.sort(order).slice(0, limit),
      total,
      truncated: total > limit,
    });
    const total = summarise(groups);
    return {
      at: isoDay(now),
      region,
      config,
      total,
      byLabel: byLabel(groups),
      bySource: bySource(groups),
      stalest: list(facts.filter((f) => f.overdueDays !== null && f.overdueDays > 0), total.stale),
      undated: list(facts.filter((f) => f.ageMonths === null), total.undated),
      limit,
    };
  });
}
