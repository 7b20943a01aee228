// The generated graph held in memory: node rows per label (exactly the model's fields, checked by the
// unit tests against the zod schemas) and relationship end pairs per type. Provenance is added when
// the graph is written or loaded, the same for every row.
import { allowsEndpoints, type NodeLabel, type NodeOf, type RelationshipType } from '../../graph/model';

export type NodeRow = Record<string, unknown> & { id: string };

export interface RelRow {
  from: string;
  to: string;
}

export interface SyntheticGraph {
  nodes: Map<NodeLabel, NodeRow[]>;
  relationships: Map<RelationshipType, RelRow[]>;
}

/** Collects rows, refusing a relationship the model does not allow and dropping exact duplicates (MERGE would). */
export class GraphBuilder implements SyntheticGraph {
  readonly nodes = new Map<NodeLabel, NodeRow[]>();
  readonly relationships = new Map<RelationshipType, RelRow[]>();
  private readonly labels = new Map<string, NodeLabel>();
  private readonly pairs = new Set<string>();

  node<L extends NodeLabel>(label: L, row: NodeOf<L>): string {
    if (this.labels.has(row.id)) throw new Error(`synthetic id used twice: ${row.id}`);
    this.labels.set(row.id, label);
    const list = this.nodes.get(label) ?? [];
    list.push(row);
    this.nodes.set(label, list);
    return row.id;
  }

  labelOf(id: string): NodeLabel | undefined {
    return this.labels.get(id);
  }

  /** Adds the relationship unless the same one exists; returns whether it was new. */
  rel(type: RelationshipType, from: string, to: string): boolean {
    const fromLabel = this.labels.get(from);
    const toLabel = this.labels.get(to);
    if (!fromLabel || !toLabel) throw new Error(`synthetic ${type} between unknown ids ${from} → ${to}`);
    if (!allowsEndpoints(type, fromLabel, toLabel)) throw new Error(`${type} cannot join ${fromLabel} to ${toLabel}`);
    const key = `${type}|${from}|${to}`;
    if (this.pairs.has(key)) return false;
    this.pairs.add(key);
    const list = this.relationships.get(type) ?? [];
    list.push({ from, to });
    this.relationships.set(type, list);
    return true;
  }

  has(type: RelationshipType, from: string, to: string): boolean {
    return this.pairs.has(`${type}|${from}|${to}`);
  }

  /** The finished graph without the bookkeeping (which is large at province size). */
  build(): SyntheticGraph {
    this.pairs.clear();
    return { nodes: this.nodes, relationships: this.relationships };
  }
}

export function countNodes(graph: SyntheticGraph): Partial<Record<NodeLabel, number>> {
  return Object.fromEntries([...graph.nodes].map(([label, rows]) => [label, rows.length]));
}

export function countRelationships(graph: SyntheticGraph): Partial<Record<RelationshipType, number>> {
  return Object.fromEntries([...graph.relationships].map(([type, rows]) => [type, rows.length]));
}

export const sum = (counts: Partial<Record<string, number>>): number =>
  Object.values(counts).reduce<number>((total, n) => total + (n ?? 0), 0);
