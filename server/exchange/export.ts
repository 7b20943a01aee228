// The whole knowledge graph as one canonical document: sorted, keys in order, no driver values.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { presentNode, presentRelationship } from '../presenters/entity';
import { DriverNode, DriverRelationship, readRows } from '../presenters/rows';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type GraphDocument, type GraphNode, type GraphRelationship } from './format';
import { EXPORT_NODES, EXPORT_RELATIONSHIPS } from './queries';

/** Rows of EXPORT_NODES and EXPORT_RELATIONSHIPS. */
const NodeRow = z.object({ node: DriverNode });
const RelationshipRow = z.object({ rel: DriverRelationship, from: z.string(), to: z.string() });

export async function exportGraph(db: Database, now: Date = new Date()): Promise<GraphDocument> {
  const [nodes, relationships] = await db.read(async (tx) => {
    const nodeResult = await tx.run(EXPORT_NODES);
    const relResult = await tx.run(EXPORT_RELATIONSHIPS);
    return [readRows(nodeResult, NodeRow), readRows(relResult, RelationshipRow)] as const;
  });
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    nodes: nodes
      .map((row) => {
        const dto = presentNode(row.node);
        return { label: dto.label, properties: sortKeys(dto.properties) } as GraphNode;
      })
      .sort((a, b) => compare(a.label, b.label) || compare(a.properties.id, b.properties.id)),
    relationships: relationships
      .map((row) => {
        const dto = presentRelationship(row.rel, row.from, row.to);
        return { type: dto.type, from: dto.from, to: dto.to, properties: sortKeys(dto.properties) } as GraphRelationship;
      })
      .sort((a, b) => compare(a.type, b.type) || compare(a.from, b.from) || compare(a.to, b.to)),
  };
}

/** Code-point order, the same in every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).sort(([a], [b]) => compare(a, b)));
}
