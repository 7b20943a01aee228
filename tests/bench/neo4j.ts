// The bench's database: a throwaway embedded Neo4j in a temporary folder (removed afterwards, no Java
// left running), or, with BENCH_NEO4J_URI and BENCH_NEO4J_PASSWORD, an existing server that the bench
// wipes (the smoke test passes the test database this way).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../graph/db/database';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/db/embedded';

export interface BenchDatabase {
  db: Database;
  uri: string;
  password: string;
  /** 'embedded' (throwaway, started here) or 'external' (given by the environment). */
  mode: 'embedded' | 'external';
  heap: string | null;
  close(): Promise<void>;
}

export async function openBenchDatabase(options: { heap: string }): Promise<BenchDatabase> {
  const externalUri = process.env.BENCH_NEO4J_URI?.trim();
  if (externalUri) {
    const password = process.env.BENCH_NEO4J_PASSWORD ?? '';
    const db = await Database.open({ mode: 'external', uri: externalUri, user: 'neo4j', password, database: undefined });
    return { db, uri: externalUri, password, mode: 'external', heap: null, close: () => db.close() };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innochain-bench-neo4j-'));
  let embedded: EmbeddedNeo4j | undefined;
  const cleanUp = async (): Promise<void> => {
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    embedded = await startEmbeddedNeo4j({ mode: 'embedded', dataDir, port: 0, password: undefined, heap: options.heap });
    const { uri, password } = embedded;
    const db = await Database.open({ mode: 'external', uri, user: 'neo4j', password, database: undefined });
    return {
      db,
      uri,
      password,
      mode: 'embedded',
      heap: options.heap,
      close: async () => {
        await db.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Deletes every node and relationship, in batches (the schema stays). */
export async function wipe(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
