// The embedded launcher's promises on the run's test database: loopback only, auth on, no file URLs;
// and clear connection errors. Its clean stop when the parent goes away, and data and password kept
// across restarts, are checked in supervision.test.ts, on that file's own data folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/db/database';
import { openTestDatabase } from '../helpers/graph';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('embedded Neo4j launcher', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(db.info.boltUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses LOAD CSV from file URLs', async () => {
    const attempt = db.read((tx) => tx.run("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1"));
    await expect(attempt).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\./) as unknown });
  });

  it('keeps auth on: a wrong password is refused with a message naming the fix', async () => {
    const open = Database.open({ mode: 'external', uri: db.info.boltUri, user: 'neo4j', password: 'wrong-password', database: undefined });
    await expect(open).rejects.toThrow(/NEO4J_PASSWORD/);
  });

  it('reports an unreachable server clearly and quickly', async () => {
    const started = Date.now();
    const open = Database.open({ mode: 'external', uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'whatever1', database: undefined });
    await expect(open).rejects.toThrow(/Cannot reach Neo4j/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
