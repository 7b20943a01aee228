// Connects tests to the run's throwaway Neo4j and gives each test file a clean graph.
import { inject } from 'vitest';
import { Database } from '../../graph/db/database';

export async function openTestDatabase(): Promise<Database> {
  const { uri, password } = inject('neo4j');
  return Database.open({ mode: 'external', uri, user: 'neo4j', password, database: undefined });
}

/** Deletes every node and relationship (schema stays). Only ever called on the test database. */
export async function wipeGraph(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
