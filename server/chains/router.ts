// GET /api/industries/:id/chain: one industry's chain as Cytoscape elements, aggregated unless expanded.
import { Router } from 'express';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { resolveScope } from '../gaps/scope';
import { resolveAsOf } from '../history/asOf';
import { withPastGraph } from '../history/past';
import { validate, valid } from '../middleware/validate';
import { assembleChainView } from './assemble';
import { industryFindings } from './gaps';
import { loadChain } from './load';
import { ChainParams, ChainQuery } from './schema';

/** Mounted at /industries/:id/chain, before the generic entity routers. */
export function chainsRouter({ db }: AppContext): Router {
  const router = Router({ mergeParams: true });
  router.get('/', validate({ params: ChainParams, query: ChainQuery }), async (_req, res) => {
    const { params, query } = valid<typeof ChainQuery, typeof ChainParams>(res);
    const requested = query.expand ?? [];
    const expandAll = requested.length === 1 && requested[0] === 'all';
    const regionId = await resolveScope(db, query.region);
    const asOf = await resolveAsOf(db, query.asOf);
    const options = { id: params.id, expand: expandAll ? [] : requested, expandAll, limit: query.members, regionId };
    const raw = asOf ? await withPastGraph(db, asOf.atMs, (past) => loadChain(past, options)) : await loadChain(db, options);
    if (!raw) {
      throw errors.industryNotFound(params.id);
    }
    const linkIds = new Set(raw.links.map((l) => l.node.id));
    const unknown = expandAll ? [] : requested.filter((id) => !linkIds.has(id));
    if (unknown.length > 0) {
      throw errors.validation(
        unknown.map((id) => ({
          field: 'query.expand',
          reason: `"${id}" is not a chain link of ${params.id}`,
          reasonZh: `「${id}」不是该产业的产业链环节`,
        })),
      );
    }
    const findings = await industryFindings(db, params.id, regionId, asOf);
    res.json(assembleChainView(raw, findings, { memberLimit: query.members }));
  });
  return router;
}
