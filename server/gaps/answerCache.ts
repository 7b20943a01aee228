// The engine's answers as sent, kept per database version. A warm GET then costs the one small read
// that learns the version (scope.ts) and sends the bytes it sent before: no recomputation from the
// cached facts and no JSON.stringify, which were most of a warm request's time at province size
// (BENCHMARKS.md "Regions"). The key holds everything an answer depends on besides the graph: the route
// and its filters, the scope, and today's date (region validity and the as-of year are judged on it).
// The gap configuration is fixed for the life of the process (config.ts), so it needs no place in the key.
import type { Database } from '../../graph/db/database';
import { FactCache } from './cache';

/** Answers kept per database: a few scopes × the engine's routes × recent filters, each at most a few hundred kB. */
const MAX_ANSWERS = 64;
// Per database, since two databases can be at versions that read alike.
const caches = new WeakMap<Database, FactCache>();

/**
 * The JSON text of `compute()`'s answer for `key` at `version`: the kept text when the database is
 * unchanged, else computed once (callers asking together share the work) and kept.
 */
export async function cachedAnswer(
  db: Database,
  key: readonly unknown[],
  version: string,
  compute: () => Promise<unknown>,
): Promise<string> {
  let answers = caches.get(db);
  if (!answers) {
    answers = new FactCache(MAX_ANSWERS);
    caches.set(db, answers);
  }
  const fullKey = JSON.stringify([...key, new Date().toISOString().slice(0, 10)]);
  const kept = answers.get(fullKey, version);
  if (typeof kept === 'string') return kept;
  return answers.shared(`${version}|${fullKey}`, async () => {
    const text = JSON.stringify(await compute());
    answers.set(fullKey, version, text);
    return text;
  });
}
