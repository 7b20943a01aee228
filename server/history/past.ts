// The graph as it was recorded at a moment, for reads: a write transaction takes the graph back
// (undo.ts), the reads run in it, and it is rolled back, always. Nothing is ever committed, so the
// graph cannot be changed by an as-of read, whatever happens; the reads are the product's own queries,
// unchanged. While it runs, the facts it puts back are locked against writers (seconds at most).
import { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../graph/db/database';
import { undoSince } from './undo';

/** What the services need of a database to read: Database is one, a past graph is another. */
export interface GraphReader {
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

/** Bound of one as-of read, undo and reads together. */
const PAST_READ_TIMEOUT_MS = 120_000;

/**
 * As-of reads of one database run one after another. Each puts back and so write-locks the same facts:
 * at once they would only wait on each other's locks, or deadlock (the overview asks three at a time).
 */
const turns = new WeakMap<Database, Promise<unknown>>();

/** Runs `work` against the graph as recorded at `atMs` (epoch ms); its reads run one at a time. */
export function withPastGraph<T>(db: Database, atMs: number, work: (past: GraphReader) => Promise<T>): Promise<T> {
  const turn = (turns.get(db) ?? Promise.resolve()).then(() => pastGraphTurn(db, atMs, work));
  turns.set(
    db,
    turn.catch(() => undefined),
  );
  return turn;
}

async function pastGraphTurn<T>(db: Database, atMs: number, work: (past: GraphReader) => Promise<T>): Promise<T> {
  const session = db.session('WRITE');
  const tx = session.beginTransaction({ timeout: PAST_READ_TIMEOUT_MS, metadata: { app: 'innochain', purpose: 'as-of read, rolled back' } });
  try {
    const managed = ManagedTransaction.fromTransaction(tx);
    await undoSince(managed, atMs);
    let queue: Promise<unknown> = Promise.resolve();
    const past: GraphReader = {
      // One transaction runs one query at a time: readers wait their turn.
      read: <R>(read: (t: ManagedTransaction) => Promise<R>): Promise<R> => {
        const turn = queue.then(() => read(managed));
        queue = turn.catch(() => undefined);
        return turn;
      },
    };
    return await work(past);
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}

/** One read, of the graph as recorded at `asOf` when given, else of the current graph. */
export function readAt<T>(db: Database, asOf: { atMs: number } | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return asOf ? withPastGraph(db, asOf.atMs, (past) => past.read(work)) : db.read(work);
}
