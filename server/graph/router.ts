// GET /api/graph/neighbourhood: a node and what lies within `depth` hops, as Cytoscape elements.
import { Router } from 'express';
import type { Node, Relationship } from 'neo4j-driver';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { validate, valid } from '../middleware/validate';
import { toCytoscape } from '../presenters/cytoscape';
import { presentNode, presentRelationship } from '../presenters/entity';
import { NEIGHBOURHOOD_BY_DEPTH } from './queries';
import { NeighbourhoodQuery } from './schema';

export function graphRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/neighbourhood', validate({ query: NeighbourhoodQuery }), async (_req, res) => {
    const { id, depth, limit } = valid<typeof NeighbourhoodQuery>(res).query;
    const result = await db.read((tx) =>
      tx.run(NEIGHBOURHOOD_BY_DEPTH[depth as 1 | 2 | 3], { id, limit }),
    );
    const record = result.records[0];
    if (!record) throw errors.notFound('node / 节点', id);
    const nodes = (record.get('nodes') as Node[]).map(presentNode);
    const rels = (record.get('rels') as { rel: Relationship | null; from: string; to: string }[])
      .filter((r): r is { rel: Relationship; from: string; to: string } => r.rel !== null)
      .map((r) => presentRelationship(r.rel, r.from, r.to));
    res.json({ center: id, depth, elements: toCytoscape(nodes, rels), truncated: nodes.length > limit });
  });
  return router;
}
