// Ends a console query's transaction on the server, found by the request id in its metadata: the
// application's deadline, for when Neo4j's own timeout is not checked in time.
import type { Database } from '../../../graph/db/database';

const FIND = `
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.requestId = $requestId
RETURN transactionId`;
const TERMINATE = 'TERMINATE TRANSACTIONS $ids';

/** How many transactions were terminated (0 when it had already ended). */
export async function terminateConsoleTransaction(db: Database, requestId: string): Promise<number> {
  const session = db.session('WRITE');
  try {
    const found = await session.run(FIND, { requestId });
    const ids = found.records.map((r): unknown => r.get('transactionId')).filter((id): id is string => typeof id === 'string');
    if (ids.length === 0) return 0;
    await session.run(TERMINATE, { ids });
    return ids.length;
  } finally {
    await session.close();
  }
}
