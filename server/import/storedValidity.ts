// A row giving one end of a validity period with the other cell empty keeps the graph's other end (the
// write leaves what an empty cell names as it was: queries.ts): the period so made must still run
// forwards. Only such rows are looked up, so a file without validity columns costs nothing here.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { validityProblem, VALIDITY_PROBLEM_FIELD, type RelationshipType, type RowError } from '../../graph/model';
import { readRows } from '../presenters/rows';
import type { ImportRow, RejectedRow } from './parseRows';
import type { ImportTarget } from './targets';

/** Rows: [index, id] for nodes, [index, from, to] for relationships. */
const STORED_NODE_VALIDITY = `
UNWIND $rows AS row
MATCH (n:Entity {id: row[1]})
RETURN row[0] AS index, n.validFrom AS validFrom, n.validTo AS validTo`;

const storedRelationshipValidity = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (:Entity {id: row[1]})-[r:${type}]->(:Entity {id: row[2]})
RETURN row[0] AS index, r.validFrom AS validFrom, r.validTo AS validTo`;

const StoredRow = z.object({ index: z.number().int(), validFrom: z.string().nullable(), validTo: z.string().nullable() });

const givesOneEnd = (props: Record<string, unknown>): boolean => (props.validFrom === undefined) !== (props.validTo === undefined);

/** Problems of rows whose one validity cell, with the other end stored in the graph, makes a reversed period. */
export async function storedValidityProblems(db: Database, target: ImportTarget, batch: readonly (RejectedRow | ImportRow)[]): Promise<RowError[]> {
  const asked = batch.flatMap((row, index) => ('props' in row && givesOneEnd(row.props) ? [{ row, index }] : []));
  if (asked.length === 0) return [];
  const query = target.kind === 'node' ? STORED_NODE_VALIDITY : storedRelationshipValidity(target.name);
  const rows = asked.map(({ row, index }) => (target.kind === 'node' ? [index, row.id ?? null] : [index, row.from ?? null, row.to ?? null]));
  const stored = readRows(await db.read((tx) => tx.run(query, { rows })), StoredRow);
  return stored.flatMap(({ index, validFrom, validTo }) => {
    const row = batch[index] as ImportRow;
    const problem = validityProblem({ validFrom: row.props.validFrom ?? validFrom ?? undefined, validTo: row.props.validTo ?? validTo ?? undefined });
    return problem ? [{ row: row.row, column: VALIDITY_PROBLEM_FIELD, ...problem }] : [];
  });
}
