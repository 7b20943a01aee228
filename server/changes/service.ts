// GET /api/changes: the facts recorded in a period (newest first, bounded) and their consequences.
import type { Database } from '../../graph/db/database';
import type { ChangesView } from '../../graph/model';
import { errors } from '../errors';
import { periodStartOf } from '../../graph/model/moments';
import { momentOf, startWithinHistory, type AsOf } from '../history/asOf';
import { consequences } from './consequences';
import { factChanges, regionIds } from './facts';

export interface ChangesRequest {
  since: string;
  until: string | undefined;
  regionId: string;
  /** Whether the region was asked for: the home city by default lists every fact, a region its own. */
  regionGiven: boolean;
  limit: number;
}

export async function changesView(db: Database, request: ChangesRequest): Promise<ChangesView> {
  const askedMs = periodStartOf(request.since);
  const untilMs = request.until === undefined ? Date.now() : momentOf(request.until);
  if (untilMs < askedMs) {
    throw errors.validation([{ field: 'query.until', reason: 'must not be before since', reasonZh: '不能早于起始时间（since）' }]);
  }
  // Nothing was recorded before the history began: a period from earlier is the period from its beginning.
  const start = await startWithinHistory(db, askedMs);
  const sinceMs = start.atMs;
  const ids = request.regionGiven ? await regionIds(db, request.regionId) : null;
  const { facts, total } = await factChanges(db, { sinceMs, untilMs }, ids, request.limit);
  const since: AsOf = { date: start.askedMs === null ? request.since : new Date(sinceMs).toISOString(), atMs: sinceMs };
  const until: AsOf | undefined = request.until === undefined ? undefined : { date: request.until, atMs: untilMs };
  return {
    since: new Date(sinceMs).toISOString(),
    sinceAsked: start.askedMs === null ? null : new Date(start.askedMs).toISOString(),
    until: new Date(untilMs).toISOString(),
    regionId: request.regionId,
    facts,
    total,
    truncated: total > facts.length,
    consequences: await consequences(db, request.regionId, since, until),
  };
}
