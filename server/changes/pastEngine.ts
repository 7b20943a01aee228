// The gap engine run on a past graph in one as-of transaction: the engine's entry points take a Database,
// so the reader of withPastGraph is handed to them dressed as one. Its version never changes (the graph
// taken back cannot change inside the rolled-back transaction), so the engine's own fact cache, kept per
// database object (server/gaps/cache.ts), serves the gaps, the matrix and the targets from one read of
// each fact set. Only read() and session('READ') (the version check) are ever called on it.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { Database } from '../../graph/db/database';
import type { GraphReader } from '../history/past';

/** A Database that reads `past` and nothing else; `tag` names its fixed version. */
export function pastDatabase(past: GraphReader, tag: string): Database {
  const session = {
    executeRead: <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => past.read(work),
    lastBookmarks: (): string[] => [`past:${tag}`],
    close: (): Promise<void> => Promise.resolve(),
  };
  const reader = {
    read: <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => past.read(work),
    session: (mode: string): Session => {
      // A write would land in the rolled-back transaction and be lost: refuse it plainly.
      if (mode !== 'READ') throw new Error('a past graph is read only');
      return session as unknown as Session;
    },
  };
  // Structurally enough for the engine's reads; the class's private fields make a cast unavoidable.
  return reader as unknown as Database;
}
