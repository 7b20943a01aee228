// Stale marks on the 六个一 matrix: a holder is marked when its own record or the relationship that
// makes it the holder (PLANS, LEADS, SERVES, INVESTS_IN the industry or a subsector of it, or COVERS one of
// their links) is past its threshold on day `now`. A fact ages from its observedAt, or without one from its
// last recorded change; a fact with neither is not marked here (GET /api/freshness lists it). As of a
// moment, the matrix and its marks are read in one as-of transaction and judged on that day.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import type { GapMatrix } from '../../graph/model';
import { thresholdMonths, type FactKind, type FreshnessConfig } from '../../graph/model/freshness';
import { factAge, isStale } from '../../graph/model/freshnessAge';
import { pastDatabase } from '../changes/pastEngine';
import type { AsOf } from '../history/asOf';
import { withPastGraph, type GraphReader } from '../history/past';
import { readRows } from '../presenters/rows';

const HOLDER_TYPES = ['PLANS', 'LEADS', 'SERVES', 'INVESTS_IN', 'COVERS'];

const HOLDER_FACTS = `
UNWIND $pairs AS p
MATCH (h:Entity {id: p.holder})
CALL (h) {
  OPTIONAL MATCH (v:Revision {nodeId: h.id}) WHERE v.atMs <= $untilMs
  RETURN max(v.atMs) AS changedMs
}
RETURN p.holder AS holder, p.industry AS industry, head([lb IN labels(h) WHERE lb <> 'Entity']) AS label,
  toString(h.observedAt) AS observedAt, changedMs,
  COLLECT {
    MATCH (h)-[r:PLANS|LEADS|SERVES|INVESTS_IN]->(:Industry)-[:SUBSECTOR_OF*0..]->(:Industry {id: p.industry})
    RETURN {type: type(r), to: endNode(r).id, observedAt: toString(r.observedAt)} AS fact
    UNION
    MATCH (h)-[r:COVERS]->(:ChainLink)<-[:HAS_LINK]-(:Industry)-[:SUBSECTOR_OF*0..]->(:Industry {id: p.industry})
    RETURN {type: type(r), to: endNode(r).id, observedAt: toString(r.observedAt)} AS fact
  } AS rels`;

/** The last recorded change of the holders' relationships: one pass over the revisions (none is indexed by its ends). */
const HOLDER_RELATIONSHIP_CHANGES = `
MATCH (v:Revision)
WHERE v.entity = 'relationship' AND v.fromId IN $holders AND v.type IN $types AND v.atMs <= $untilMs
RETURN v.fromId + '|' + v.type + '|' + v.toId AS key, max(v.atMs) AS changedMs`;

const Row = z.object({
  holder: z.string(),
  industry: z.string(),
  label: z.string().nullable(),
  observedAt: z.string().nullable(),
  changedMs: z.number().nullable(),
  rels: z.array(z.object({ type: z.string(), to: z.string(), observedAt: z.string().nullable() })),
});
const ChangeRow = z.object({ key: z.string(), changedMs: z.number() });

function stale(config: FreshnessConfig, kind: FactKind, label: string, observedAt: string | null, changedMs: number | undefined | null, now: Date): boolean {
  // The last change is the basis only of a fact without observedAt, as on GET /api/freshness.
  const changed = observedAt === null && changedMs != null ? new Date(changedMs) : null;
  const age = factAge(observedAt, now, changed);
  return age !== null && isStale(age, thresholdMonths(config, kind, label), now);
}

/** The matrix with `stale: true` on each holder resting on a stale fact on day `now` (a new object: cached answers are frozen). */
export async function markStaleHolders(reader: GraphReader, matrix: GapMatrix, config: FreshnessConfig, now: Date): Promise<GapMatrix> {
  const pairs = new Map<string, { holder: string; industry: string }>();
  for (const row of matrix.rows) {
    for (const cell of Object.values(row.cells)) {
      for (const h of cell.holders) pairs.set(`${row.industry.id} ${h.id}`, { holder: h.id, industry: row.industry.id });
    }
  }
  if (pairs.size === 0) return matrix;
  const untilMs = now.getTime();
  const holders = [...new Set([...pairs.values()].map((p) => p.holder))];
  const { rows, changes } = await reader.read(async (tx) => ({
    rows: readRows(await tx.run(HOLDER_FACTS, { pairs: [...pairs.values()], untilMs }), Row),
    changes: readRows(await tx.run(HOLDER_RELATIONSHIP_CHANGES, { holders, types: HOLDER_TYPES, untilMs }), ChangeRow),
  }));
  const changedRel = new Map(changes.map((c) => [c.key, c.changedMs]));
  const staleKeys = new Set(
    rows
      .filter(
        (r) =>
          (r.label !== null && stale(config, 'node', r.label, r.observedAt, r.changedMs, now)) ||
          r.rels.some((f) => stale(config, 'relationship', f.type, f.observedAt, changedRel.get(`${r.holder}|${f.type}|${f.to}`), now)),
      )
      .map((r) => `${r.industry} ${r.holder}`),
  );
  return {
    ...matrix,
    rows: matrix.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([slot, cell]) => [
          slot,
          { ...cell, holders: cell.holders.map((h) => (staleKeys.has(`${row.industry.id} ${h.id}`) ? { ...h, stale: true } : h)) },
        ]),
      ) as GapMatrix['rows'][number]['cells'],
    })),
  };
}

/**
 * The matrix `compute` gives on a graph, marked. Now: the current graph, judged today. As of a moment: the
 * graph as recorded then, in one as-of transaction for the matrix and its marks, judged on that moment.
 * `compute` is given the graph to read and whether it is a past one (then it must pass neither asOf nor the
 * current database's version: the past graph has its own).
 */
export async function markedMatrix(
  db: Database,
  asOf: AsOf | undefined,
  config: FreshnessConfig,
  compute: (on: Database, past: boolean) => Promise<GapMatrix>,
): Promise<GapMatrix> {
  if (!asOf) return markStaleHolders(db, await compute(db, false), config, new Date());
  return withPastGraph(db, asOf.atMs, async (past) => {
    const on = pastDatabase(past, String(asOf.atMs));
    return markStaleHolders(past, await compute(on, true), config, new Date(asOf.atMs));
  });
}
