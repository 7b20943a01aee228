// GET /api/freshness (summary, or a list as CSV/XLSX) and GET /api/freshness/config (thresholds in force).
import { Router } from 'express';
import type { FreshnessConfigView } from '../../graph/model/freshness';
import { isoDay } from '../../graph/model/freshnessAge';
import type { AppContext } from '../context';
import { sendTable } from '../export';
import { resolveScope } from '../gaps/scope';
import { validate, valid } from '../middleware/validate';
import { activeFreshnessConfig } from './config';
import { FreshnessQuery, NoQuery } from './schema';
import { freshnessView } from './service';
import { freshnessTable } from './table';

export function freshnessRouter({ db }: AppContext): Router {
  // Read the thresholds now: a broken file stops the server at start, not at the first request.
  activeFreshnessConfig();
  const router = Router();

  router.get('/', validate({ query: FreshnessQuery }), async (_req, res) => {
    const { region, at, limit, format, list, lang } = valid<typeof FreshnessQuery>(res).query;
    const regionId = region === undefined ? null : await resolveScope(db, region);
    const now = at ? new Date(`${at}T00:00:00Z`) : new Date();
    const view = await freshnessView(db, activeFreshnessConfig().config, { regionId, now, limit });
    if (format === 'json') {
      res.json(view);
      return;
    }
    const table = freshnessTable(list === 'stale' ? view.stalest : view.undated, list, lang);
    await sendTable(res, table, format, {
      name: `${table.title}-${view.at}`,
      asciiName: `innochain-freshness-${list}-${lang}-${view.at}`,
    });
  });

  router.get('/config', validate({ query: NoQuery }), (_req, res) => {
    const { config, source } = activeFreshnessConfig();
    const body: FreshnessConfigView = { at: isoDay(new Date()), config, source };
    res.json(body);
  });

  return router;
}
