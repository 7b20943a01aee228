// POST /api/briefings returns a briefing file (Word, PDF or HTML); GET /api/briefings/view shows the
// print-friendly HTML view a browser can open, print or save.
import { Router, type Response } from 'express';
import type { AppContext } from '../context';
import { errors, type ErrorDetail } from '../errors';
import { resolveScope } from '../gaps/scope';
import { periodStartOf } from '../../graph/model/moments';
import { momentOf, resolveAsOf, type AsOf } from '../history/asOf';
import { validate, valid } from '../middleware/validate';
import {
  contentDisposition,
  generateBriefing,
  UnknownIndustriesError,
  type BriefingFile,
  type BriefingRequestOptions,
  type BriefingScope,
} from './';
import { BriefingPostBody, BriefingViewQuery } from './schema';

export function briefingsRouter({ db }: AppContext): Router {
  const router = Router();

  router.post('/', validate({ body: BriefingPostBody }), async (_req, res) => {
    const { body } = valid<never, never, typeof BriefingPostBody>(res);
    const requested = body.scope.kind === 'city' ? null : body.scope.ids;
    const regionId = await resolveScope(db, body.region, 'body.region');
    const asOf = await checkMoments(body, 'body');
    const file = await generateOrExplain(
      { scope: selection(requested, 'body.scope.ids'), format: body.format, lang: body.lang, regionId, since: body.since, asOf },
      (id) => `body.scope.ids[${requested?.indexOf(id) ?? 0}]`,
    );
    send(res, file, body.format === 'html' ? 'inline' : 'attachment');
  });

  router.get('/view', validate({ query: BriefingViewQuery }), async (_req, res) => {
    const { query } = valid<typeof BriefingViewQuery>(res);
    const ids = query.industries ?? [];
    const city = query.scope === 'city' || (query.scope === undefined && ids.length === 0);
    if (city && ids.length > 0) {
      throw errors.validation([
        { field: 'query.industries', reason: 'must be left out for scope=city', reasonZh: '范围为全市（scope=city）时不应指定产业' },
      ]);
    }
    const regionId = await resolveScope(db, query.region);
    const asOf = await checkMoments(query, 'query');
    const file = await generateOrExplain(
      { scope: selection(city ? null : ids, 'query.industries'), format: 'html', lang: query.lang, regionId, since: query.since, asOf },
      () => 'query.industries',
    );
    send(res, file, 'inline');
  });

  /**
   * The asOf moment (undefined: now) after checking both moments against the history store, and that
   * since is not after asOf (the changes section then runs from since to asOf).
   */
  async function checkMoments(request: { since?: string | undefined; asOf?: string | undefined }, at: 'body' | 'query'): Promise<AsOf | undefined> {
    const asOf = await resolveAsOf(db, request.asOf, `${at}.asOf`);
    if (request.since === undefined) return asOf;
    const sinceMs = periodStartOf(request.since);
    if (request.asOf !== undefined && sinceMs > momentOf(request.asOf)) {
      throw errors.validation([
        { field: `${at}.since`, reason: 'must not be after asOf: the changes run from since to asOf', reasonZh: '不能晚于 asOf：变化按 since 至 asOf 计算' },
      ]);
    }
    // A since before the history began needs no check: the section then starts where the history did.
    return asOf;
  }

  /** Generates the briefing; industries it cannot cover become a 400 naming each. */
  async function generateOrExplain(request: BriefingRequestOptions, fieldOf: (id: string) => string): Promise<BriefingFile> {
    try {
      return await generateBriefing(db, request);
    } catch (error) {
      if (!(error instanceof UnknownIndustriesError)) throw error;
      throw errors.validation(
        error.industries.map(({ id, reason }): ErrorDetail => ({
          field: fieldOf(id),
          reason:
            reason === 'not-found'
              ? `no industry "${id}"`
              : `industry "${id}" is not rated by the gap engine (a subsector, or a tier it does not analyse); choose the industry it belongs to`,
          reasonZh:
            reason === 'not-found'
              ? `不存在产业「${id}」`
              : `产业「${id}」不在缺口分析范围内（属于细分领域或未纳入分析的类别），请选择其所属产业`,
        })),
      );
    }
  }

  return router;
}

/** The city (null), or the chosen industries: at least one, each once, in the order given. */
function selection(ids: string[] | null, field: string): BriefingScope {
  if (ids === null) return { kind: 'city' };
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    throw errors.validation([{ field, reason: 'select at least one industry', reasonZh: '请至少选择一个产业' }]);
  }
  return { kind: 'industries', ids: unique };
}

function send(res: Response, file: BriefingFile, disposition: 'inline' | 'attachment'): void {
  res
    .status(200)
    .set('Content-Type', file.contentType)
    .set('Content-Disposition', contentDisposition(file.fileName, disposition))
    .set('Cache-Control', 'no-store')
    .send(file.body);
}
