// Records what a write changed, in the write's own transaction: one :Revision per node or relationship
// added, changed or ended, holding its properties before and after. Commits with the write or not at
// all, so the history never disagrees with the graph. The current graph is left as it was (a delete
// still deletes): reads without a date pay nothing, and the graph as of a date is rebuilt from these
// revisions (past.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { changedKeys, encodeProperties } from './codec';
import { CREATE_REVISIONS } from './queries';
import { snapshot, type Snapshot, type Touched } from './snapshot';

/** Who made a change and through what. */
export interface ChangeOrigin {
  /** A user name, or "system" for a dataset load. */
  actor: string;
  via: 'edit' | 'import' | 'dataset' | 'exchange';
}

type Op = 'add' | 'change' | 'end';

interface RevisionRow {
  seq: number;
  entity: 'node' | 'relationship';
  op: Op;
  nodeId: string | null;
  label: string | null;
  type: string | null;
  fromId: string | null;
  toId: string | null;
  before: string | null;
  after: string | null;
  changed: string[];
  actor: string;
  via: string;
}

function opOf(before: unknown, after: unknown): Op {
  if (before === undefined) return 'add';
  return after === undefined ? 'end' : 'change';
}

/** The revisions between two snapshots of the same facts. */
export function revisionsBetween(before: Snapshot, after: Snapshot, origin: ChangeOrigin): RevisionRow[] {
  const rows: RevisionRow[] = [];
  const push = (row: Omit<RevisionRow, 'seq' | 'actor' | 'via'>): void => {
    rows.push({ ...row, seq: rows.length, actor: origin.actor, via: origin.via });
  };
  for (const key of new Set([...before.nodes.keys(), ...after.nodes.keys()])) {
    const was = before.nodes.get(key);
    const is = after.nodes.get(key);
    const changed = changedKeys(was?.props ?? {}, is?.props ?? {});
    if (was && is && changed.length === 0) continue;
    const state = (is ?? was)!;
    push({
      entity: 'node', op: opOf(was, is), nodeId: state.id, label: state.label, type: null, fromId: null, toId: null,
      before: was ? encodeProperties(was.props) : null, after: is ? encodeProperties(is.props) : null, changed,
    });
  }
  for (const key of new Set([...before.relationships.keys(), ...after.relationships.keys()])) {
    const was = before.relationships.get(key);
    const is = after.relationships.get(key);
    const changed = changedKeys(was?.props ?? {}, is?.props ?? {});
    if (was && is && changed.length === 0) continue;
    const state = (is ?? was)!;
    push({
      entity: 'relationship', op: opOf(was, is), nodeId: null, label: null, type: state.type, fromId: state.from, toId: state.to,
      before: was ? encodeProperties(was.props) : null, after: is ? encodeProperties(is.props) : null, changed,
    });
  }
  return rows;
}

/**
 * Runs `write` inside `tx` with what it touches read before and after, and records the difference.
 * Returns what `write` returned.
 */
export async function recordingChanges<T>(tx: ManagedTransaction, touched: Touched, origin: ChangeOrigin, write: () => Promise<T>): Promise<T> {
  const before = await snapshot(tx, touched);
  const result = await write();
  const revisions = revisionsBetween(before, await snapshot(tx, touched), origin);
  if (revisions.length > 0) await tx.run(CREATE_REVISIONS, { revisions });
  return result;
}
