// A briefing as of a moment (its asOf option) is assembled exactly as today's, on the graph taken back
// to that moment in one rolled-back transaction (server/history/past.ts): the engine, the chains, the
// sources and the county map all read that one past graph, handed to them as a Database
// (server/changes/pastEngine.ts), so the undo is paid once and every section sees the same moment.
import type { Database } from '../../graph/db/database';
import { pastDatabase } from '../changes/pastEngine';
import type { AsOf } from '../history/asOf';
import { withPastGraph } from '../history/past';

/** `work` on the graph as recorded at `asOf`; nothing it does is ever committed. */
export function onPastGraph<T>(db: Database, asOf: AsOf, work: (past: Database) => Promise<T>): Promise<T> {
  return withPastGraph(db, asOf.atMs, (past) => work(pastDatabase(past, `briefing@${asOf.atMs}`)));
}
