// Takes the graph back to a moment inside a transaction that is never committed: each fact changed
// since is put back as its first later revision found it (its `before`), or removed if that revision
// added it. Four set-based statements, whatever the number of revisions.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../graph/model';
import { readRows } from '../presenters/rows';
import { decodeProperties, type PropertyMap } from './codec';
import { DELETE_NODES, DELETE_RELATIONSHIPS, restoreNodes, restoreRelationships, REVISIONS_AFTER } from './queries';

/** A revision as stored: which fact, what happened to it, and its properties before (JSON). */
export const RevisionRow = z.object({
  entity: z.enum(['node', 'relationship']),
  op: z.enum(['add', 'change', 'end']),
  nodeId: z.string().nullable(),
  label: z.string().nullable(),
  type: z.string().nullable(),
  fromId: z.string().nullable(),
  toId: z.string().nullable(),
  before: z.string().nullable(),
});
type RevisionRow = z.infer<typeof RevisionRow>;

const isLabel = (label: string | null): label is NodeLabel => (NODE_LABELS as readonly (string | null)[]).includes(label);
const isType = (type: string | null): type is RelationshipType => (RELATIONSHIP_TYPES as readonly (string | null)[]).includes(type);

interface Plan {
  dropRelationships: { type: string; from: string; to: string }[];
  dropNodes: string[];
  nodes: Map<NodeLabel, { id: string; props: PropertyMap }[]>;
  relationships: Map<RelationshipType, { from: string; to: string; props: PropertyMap }[]>;
}

/** What to do, from each fact's first revision after the moment (the revisions come oldest first). */
export function undoPlan(revisions: readonly RevisionRow[]): Plan {
  const first = new Map<string, RevisionRow>();
  for (const rev of revisions) {
    const key = rev.entity === 'node' ? `n:${rev.nodeId}` : `r:${rev.fromId}|${rev.type}|${rev.toId}`;
    if (!first.has(key)) first.set(key, rev);
  }
  const plan: Plan = { dropRelationships: [], dropNodes: [], nodes: new Map(), relationships: new Map() };
  for (const rev of first.values()) {
    if (rev.entity === 'node' && rev.nodeId !== null) {
      if (rev.op === 'add' || rev.before === null) plan.dropNodes.push(rev.nodeId);
      else if (isLabel(rev.label)) {
        const rows = plan.nodes.get(rev.label) ?? [];
        rows.push({ id: rev.nodeId, props: decodeProperties(rev.before) });
        plan.nodes.set(rev.label, rows);
      }
    } else if (rev.entity === 'relationship' && rev.fromId !== null && rev.toId !== null && isType(rev.type)) {
      if (rev.op === 'add' || rev.before === null) plan.dropRelationships.push({ type: rev.type, from: rev.fromId, to: rev.toId });
      else {
        const rows = plan.relationships.get(rev.type) ?? [];
        rows.push({ from: rev.fromId, to: rev.toId, props: decodeProperties(rev.before) });
        plan.relationships.set(rev.type, rows);
      }
    }
  }
  return plan;
}

/** Puts the graph in `tx` back to how it was at `atMs`; returns the number of revisions undone. */
export async function undoSince(tx: ManagedTransaction, atMs: number): Promise<number> {
  const revisions = readRows(await tx.run(REVISIONS_AFTER, { atMs }), RevisionRow);
  if (revisions.length === 0) return 0;
  const plan = undoPlan(revisions);
  // Added relationships first, then added nodes (with whatever joined them later), then what was
  // there: nodes before the relationships between them.
  if (plan.dropRelationships.length) await tx.run(DELETE_RELATIONSHIPS, { keys: plan.dropRelationships });
  if (plan.dropNodes.length) await tx.run(DELETE_NODES, { ids: plan.dropNodes });
  for (const [label, rows] of plan.nodes) await tx.run(restoreNodes(label), { rows });
  for (const [type, rows] of plan.relationships) await tx.run(restoreRelationships(type), { rows });
  return revisions.length;
}
