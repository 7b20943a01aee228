// Facts the engine read, kept until the database changes. The key of "unchanged" is the bookmark of a
// read transaction: Neo4j returns the id of the last committed transaction, so any write (through this
// server, another instance, Neo4j Browser or cypher-shell) gives a new one. Checking costs one small read.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../graph/db/database';

/**
 * Runs one read and says which committed state it saw (the version databaseVersion gives), so a caller that
 * must read something anyway (a region's existence) gets the version in the same round trip.
 */
export async function readAtVersion<T>(db: Database, work: (tx: ManagedTransaction) => Promise<T>): Promise<{ value: T; version: string }> {
  const session = db.session('READ');
  try {
    const value = await session.executeRead(work);
    return { value, version: session.lastBookmarks().join(',') };
  } finally {
    await session.close();
  }
}

/** Identifies the database's committed state: changes with every committed write, from anyone. */
export async function databaseVersion(db: Database): Promise<string> {
  return (await readAtVersion(db, (tx) => tx.run('RETURN 1'))).version;
}

interface Entry {
  version: string;
  value: unknown;
}

/** Least recently used entries go first beyond `maxEntries`; an entry of another version never answers. */
export class FactCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, version: string): unknown {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Kept values are frozen: whoever reads them shares them, and must not change them. */
  set(key: string, version: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value: deepFreeze(value) });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private readonly pending = new Map<string, Promise<unknown>>();

  /** Runs `work` once for callers asking for the same key at the same time; they all get its result. */
  shared<T>(key: string, work: () => Promise<T>): Promise<T> {
    const running: Promise<unknown> | undefined = this.pending.get(key);
    // A key names one piece of work, so what is running under it yields a T.
    if (running) return running as Promise<T>;
    const started = work().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Entries kept per database: the province-wide fact sets, and those of the industries asked about
 * lately (each small). 64 keeps a session's worth of industries without growing without bound.
 */
const MAX_ENTRIES = 64;
const caches = new WeakMap<Database, FactCache>();

export function factCache(db: Database): FactCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new FactCache(MAX_ENTRIES);
    caches.set(db, cache);
  }
  return cache;
}
