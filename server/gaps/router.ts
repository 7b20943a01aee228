// The gap engine over HTTP: /api/gaps (+ /rules, /matrix, /summary), /api/industries/:id/gaps and
// /api/targets/progress. Paths are full here (mounted at /api) so /industries/:id/gaps is registered
// before the generic entity routers take /industries/:id/….
import { Router, type Response } from 'express';
import { countTargets, DATA_GAP_NOTICE, TARGET_STATUS_RULE, type GapList, type GapRulesResponse, type IndustryGaps, type TargetProgressList } from '../../graph/model';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { asOfYear } from './config';
import {
  activeGapConfig,
  computeGaps,
  computeIndustryGaps,
  computeMatrix,
  computeSummary,
  computeTargetProgress,
  gapRules,
} from './service';
import { validate, valid } from '../middleware/validate';
import { activeFreshnessConfig } from '../freshness/config';
import { markedMatrix } from '../freshness/matrixMarks';
import { resolveAsOf } from '../history/asOf';
import { cachedAnswer } from './answerCache';
import { assertKnownIds } from './checkIds';
import { resolveScopeAt } from './scope';
import { GapsQuery, IndustryParams, MatrixQuery, NoQuery, ScopeAsOfQuery, ScopeQuery } from './schema';

export function gapsRouter({ db }: AppContext): Router {
  // Read the configuration now: a broken file stops the server at start, not at the first request.
  activeGapConfig();
  const router = Router();

  router.get('/gaps', validate({ query: GapsQuery }), async (_req, res) => {
    const { rule, industry, region, severity, asOf: date } = valid<typeof GapsQuery>(res).query;
    const scope = await resolveScopeAt(db, region);
    await assertKnownIds(db, { industry });
    const asOf = await resolveAsOf(db, date);
    const key = ['gaps', scope.regionId, rule ?? null, industry ?? null, severity ?? null, asOf?.atMs ?? null];
    const list = async (): Promise<GapList> => {
      const items = await computeGaps(db, { ruleIds: rule, industryIds: industry, severities: severity }, { ...scope, asOf });
      return { items, total: items.length, asOfYear: asOfYear(activeGapConfig().config), notice: DATA_GAP_NOTICE };
    };
    sendJson(res, await cachedAnswer(db, key, scope.version, list));
  });

  router.get('/gaps/rules', validate({ query: NoQuery }), (_req, res) => {
    const { config, source } = activeGapConfig();
    const body: GapRulesResponse = { rules: gapRules(config), config, configSource: source, asOfYear: asOfYear(config) };
    res.json(body);
  });

  router.get('/gaps/matrix', validate({ query: MatrixQuery }), async (_req, res) => {
    const { industry, region, asOf: date } = valid<typeof MatrixQuery>(res).query;
    const scope = await resolveScopeAt(db, region);
    await assertKnownIds(db, { industry });
    const asOf = await resolveAsOf(db, date);
    // Holders resting on a stale fact are marked (server/freshness); the kept answer is per day too (answerCache).
    const marked = () => markedMatrix(db, asOf, activeFreshnessConfig().config, (on, past) => computeMatrix(on, { industryIds: industry }, past ? { regionId: scope.regionId } : scope));
    sendJson(res, await cachedAnswer(db, ['matrix', scope.regionId, industry ?? null, asOf?.atMs ?? null], scope.version, marked));
  });

  router.get('/gaps/summary', validate({ query: ScopeAsOfQuery }), async (_req, res) => {
    const { region, asOf: date } = valid<typeof ScopeAsOfQuery>(res).query;
    const scope = await resolveScopeAt(db, region);
    const asOf = await resolveAsOf(db, date);
    sendJson(res, await cachedAnswer(db, ['summary', scope.regionId, asOf?.atMs ?? null], scope.version, () => computeSummary(db, { ...scope, asOf })));
  });

  router.get('/industries/:id/gaps', validate({ params: IndustryParams, query: ScopeQuery }), async (_req, res) => {
    const { params, query } = valid<typeof ScopeQuery, typeof IndustryParams>(res);
    const scope = await resolveScopeAt(db, query.region);
    const result = await computeIndustryGaps(db, params.id, scope);
    if (!result) throw errors.notFound('industry / 产业', params.id);
    const body: IndustryGaps = { ...result, notice: DATA_GAP_NOTICE };
    res.json(body);
  });

  router.get('/targets/progress', validate({ query: ScopeAsOfQuery }), async (_req, res) => {
    const { region, asOf: date } = valid<typeof ScopeAsOfQuery>(res).query;
    const scope = await resolveScopeAt(db, region);
    // As of a date, measurements recorded after it are not in the past graph the engine reads.
    const items = await computeTargetProgress(db, { ...scope, asOf: await resolveAsOf(db, date) });
    const body: TargetProgressList = { items, total: items.length, counts: countTargets(items), rule: TARGET_STATUS_RULE };
    res.json(body);
  });

  return router;
}

/** JSON text made by cachedAnswer, sent as res.json would send it. */
function sendJson(res: Response, text: string): void {
  res.type('application/json').send(text);
}
