// Reads a node's neighbourhood (NEIGHBOURHOOD_BY_DEPTH) into DTOs; driver objects stop here.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { presentNode, presentRelationship, type EntityDto, type RelationshipDto } from '../presenters/entity';
import { DriverNode, DriverRelationship, readFirst } from '../presenters/rows';
import { NEIGHBOURHOOD_BY_DEPTH } from './queries';

/**
 * The query's one row. A node with no outgoing edge inside the neighbourhood still yields an entry
 * from its OPTIONAL MATCH, with rel and to null; those entries are dropped.
 */
const NeighbourhoodRow = z.object({
  nodes: z.array(DriverNode),
  rels: z.array(z.object({ rel: DriverRelationship.nullable(), from: z.string(), to: z.string().nullable() })),
});

export interface Neighbourhood {
  nodes: EntityDto[];
  rels: RelationshipDto[];
}

/** The neighbourhood of a node, or null when there is no node of that id. */
export async function loadNeighbourhood(
  db: Database,
  options: { id: string; depth: 1 | 2 | 3; limit: number },
): Promise<Neighbourhood | null> {
  const result = await db.read((tx) => tx.run(NEIGHBOURHOOD_BY_DEPTH[options.depth], { id: options.id, limit: options.limit }));
  const row = readFirst(result, NeighbourhoodRow);
  if (!row) return null;
  const rels = row.rels.flatMap(({ rel, from, to }) => (rel && to !== null ? [presentRelationship(rel, from, to)] : []));
  return { nodes: row.nodes.map(presentNode), rels };
}
