// How a briefing reads the graph as recorded at a moment (its asOf option). An as-of read is a write
// transaction that takes the graph back and is rolled back (server/history/past.ts); two at once would
// lock the same facts, possibly in opposite orders, so under asOf the reads run one at a time and the
// briefing's own queries share one past graph. Without asOf nothing changes: parallel reads of now.
import type { Database } from '../../graph/db/database';
import type { AsOf } from '../history/asOf';
import { withPastGraph, type GraphReader } from '../history/past';

/** `work` on the graph as recorded at `asOf`, or on the database itself when there is none. */
export function readGraph<T>(db: Database, asOf: AsOf | undefined, work: (graph: GraphReader) => Promise<T>): Promise<T> {
  return asOf ? withPastGraph(db, asOf.atMs, work) : work(db);
}

/** Runs the tasks together, or one after another when `oneAtATime` (each opening its own past graph). */
export async function together<T extends readonly unknown[]>(
  oneAtATime: boolean,
  tasks: { readonly [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!oneAtATime) return (await Promise.all(tasks.map((task) => task()))) as unknown as T;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as unknown as T;
}
