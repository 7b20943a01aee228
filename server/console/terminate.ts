// Ends a console query's transaction on the server, found by the request id in its metadata: the
// application's deadline, for when Neo4j's own timeout is not checked in time. Neo4j stops a
// terminated transaction at its next check, which a single long expression (a backtracking regex)
// may not reach for a while, so the caller can wait until it is really gone.
import type { Database } from '../../graph/db/database';

const FIND = `
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.requestId = $requestId
RETURN transactionId`;
const TERMINATE = 'TERMINATE TRANSACTIONS $ids';
const POLL_MS = 500;

async function findTransactions(db: Database, requestId: string): Promise<string[]> {
  const session = db.session('READ');
  try {
    const found = await session.run(FIND, { requestId });
    return found.records.map((r): unknown => r.get('transactionId')).filter((id): id is string => typeof id === 'string');
  } finally {
    await session.close();
  }
}

/**
 * Terminates the request's transactions, then waits (up to `waitGoneMs`) until the server no longer
 * lists them. Returns how many were terminated (0 when it had already ended).
 */
export async function terminateConsoleTransaction(db: Database, requestId: string, waitGoneMs = 0): Promise<number> {
  const ids = await findTransactions(db, requestId);
  if (ids.length === 0) return 0;
  const session = db.session('WRITE');
  try {
    await session.run(TERMINATE, { ids });
  } finally {
    await session.close();
  }
  const started = Date.now();
  while (Date.now() - started < waitGoneMs && (await findTransactions(db, requestId)).length > 0) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return ids.length;
}
