// GET /api/graph/neighbourhood: a node and what lies within `depth` hops, as Cytoscape elements.
import { Router } from 'express';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { validate, valid } from '../middleware/validate';
import { toCytoscape } from '../presenters/cytoscape';
import { loadNeighbourhood } from './neighbourhood';
import { NeighbourhoodQuery } from './schema';

export function graphRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/neighbourhood', validate({ query: NeighbourhoodQuery }), async (_req, res) => {
    const { id, depth, limit } = valid<typeof NeighbourhoodQuery>(res).query;
    const found = await loadNeighbourhood(db, { id, depth: depth as 1 | 2 | 3, limit });
    if (!found) throw errors.notFound('node / 节点', id);
    const { nodes, rels } = found;
    res.json({ center: id, depth, elements: toCytoscape(nodes, rels), truncated: nodes.length > limit });
  });
  return router;
}
