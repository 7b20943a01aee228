// Stale marks on the 六个一 matrix: a holder is marked when its own record or the relationship that
// makes it the holder (PLANS, LEADS, SERVES, INVESTS_IN the industry or a subsector of it, or COVERS one of
// their links) is past its threshold on day `now`. Undated facts are not marked here (they are neither
// fresh nor stale; GET /api/freshness lists them). One read for every holder of the matrix.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import type { GapMatrix } from '../../graph/model';
import { thresholdMonths, type FactKind, type FreshnessConfig } from '../../graph/model/freshness';
import { factAge, isStale } from '../../graph/model/freshnessAge';
import { readRows } from '../presenters/rows';

const HOLDER_FACTS = `
UNWIND $pairs AS p
MATCH (h:Entity {id: p.holder})
RETURN p.holder AS holder, p.industry AS industry, head([lb IN labels(h) WHERE lb <> 'Entity']) AS label,
  toString(h.observedAt) AS observedAt,
  COLLECT {
    MATCH (h)-[r:PLANS|LEADS|SERVES|INVESTS_IN]->(:Industry)-[:SUBSECTOR_OF*0..]->(:Industry {id: p.industry})
    RETURN {type: type(r), observedAt: toString(r.observedAt)} AS fact
    UNION
    MATCH (h)-[r:COVERS]->(:ChainLink)<-[:HAS_LINK]-(:Industry)-[:SUBSECTOR_OF*0..]->(:Industry {id: p.industry})
    RETURN {type: type(r), observedAt: toString(r.observedAt)} AS fact
  } AS rels`;

const Row = z.object({
  holder: z.string(),
  industry: z.string(),
  label: z.string().nullable(),
  observedAt: z.string().nullable(),
  rels: z.array(z.object({ type: z.string(), observedAt: z.string().nullable() })),
});

function stale(config: FreshnessConfig, kind: FactKind, label: string, observedAt: string | null, now: Date): boolean {
  const age = factAge(observedAt, now);
  return age !== null && isStale(age, thresholdMonths(config, kind, label), now);
}

/** The matrix with `stale: true` on each holder resting on a stale fact (a new object: cached answers are frozen). */
export async function markStaleHolders(db: Database, matrix: GapMatrix, config: FreshnessConfig, now: Date): Promise<GapMatrix> {
  const pairs = new Map<string, { holder: string; industry: string }>();
  for (const row of matrix.rows) {
    for (const cell of Object.values(row.cells)) {
      for (const h of cell.holders) pairs.set(`${row.industry.id} ${h.id}`, { holder: h.id, industry: row.industry.id });
    }
  }
  if (pairs.size === 0) return matrix;
  const rows = readRows(await db.read((tx) => tx.run(HOLDER_FACTS, { pairs: [...pairs.values()] })), Row);
  const staleKeys = new Set(
    rows
      .filter((r) => (r.label !== null && stale(config, 'node', r.label, r.observedAt, now)) || r.rels.some((f) => stale(config, 'relationship', f.type, f.observedAt, now)))
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
