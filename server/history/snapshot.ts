// What a write may touch, read before and after it in the same transaction: the facts it changed are
// the difference. Each write path names what it touches (a node, a node and its relationships, the
// rows of an import batch), so history costs two small reads per write, not a scan.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { RelationshipType } from '../../graph/model';
import { readRows } from '../presenters/rows';
import type { PropertyMap } from './codec';
import { SNAPSHOT_NODES, SNAPSHOT_RELATIONSHIPS, SNAPSHOT_RELATIONSHIPS_OF } from './queries';

export interface RelationshipKey {
  type: RelationshipType;
  from: string;
  to: string;
}

export interface Touched {
  /** Nodes whose properties (and existence) may change. */
  nodeIds?: readonly string[];
  /** Nodes whose relationships may change (all of them, or only these types). */
  relationshipsOf?: { ids: readonly string[]; types?: readonly RelationshipType[] };
  /** Single relationships that may change. */
  relationships?: readonly RelationshipKey[];
}

export interface NodeState {
  id: string;
  label: string;
  props: PropertyMap;
}
export interface RelationshipState {
  from: string;
  type: string;
  to: string;
  props: PropertyMap;
}

/** Facts by key: `n:<id>` for a node, `r:<from>|<type>|<to>` for a relationship. */
export interface Snapshot {
  nodes: Map<string, NodeState>;
  relationships: Map<string, RelationshipState>;
}

export const relationshipKey = (r: { from: string; type: string; to: string }): string => `${r.from}|${r.type}|${r.to}`;

const Props = z.record(z.string(), z.unknown());
const NodeRow = z.object({ id: z.string(), label: z.string(), props: Props });
const RelationshipRow = z.object({ from: z.string(), type: z.string(), to: z.string(), props: Props });

export async function snapshot(tx: ManagedTransaction, touched: Touched): Promise<Snapshot> {
  const nodes = new Map<string, NodeState>();
  const relationships = new Map<string, RelationshipState>();
  if (touched.nodeIds?.length) {
    for (const row of readRows(await tx.run(SNAPSHOT_NODES, { ids: [...touched.nodeIds] }), NodeRow)) nodes.set(row.id, row);
  }
  const rows: RelationshipState[] = [];
  if (touched.relationshipsOf?.ids.length) {
    const { ids, types } = touched.relationshipsOf;
    rows.push(...readRows(await tx.run(SNAPSHOT_RELATIONSHIPS_OF, { ids: [...ids], types: types ? [...types] : null }), RelationshipRow));
  }
  if (touched.relationships?.length) {
    rows.push(...readRows(await tx.run(SNAPSHOT_RELATIONSHIPS, { keys: touched.relationships.map((k) => ({ ...k })) }), RelationshipRow));
  }
  for (const row of rows) relationships.set(relationshipKey(row), row);
  return { nodes, relationships };
}
