// One setup for the API tests: a wiped and seeded test graph with the app on it, torn down after the
// file. A test file states only what differs: datasets, extra graph setup, security overrides and who
// logs in. The browser fixture (browserFixture.ts) builds on it.
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../graph/db/database';
import type { Role } from '../../server/auth/roles';
import { seedDataset } from '../../server/datasets';
import { loginAs, type ApiClient, type TestUser } from './auth';
import { openTestDatabase, wipeGraph } from './graph';
import { startTestServer, type TestServer, type TestServerOptions } from './server';

export interface SeededServerOptions {
  /** Seed datasets loaded in order onto the wiped graph. */
  datasets?: readonly string[];
  /** More graph setup after seeding, before the server starts. */
  prepare?: (db: Database) => Promise<void>;
  /** Server overrides; the default is open read-only mode (see startTestServer). */
  server?: TestServerOptions;
}

export interface SeededServer {
  readonly db: Database;
  readonly server: TestServer;
  /** The server's base URL, e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  /** Another app on the same graph (other settings), closed with the rest after the file. */
  readonly startServer: (options?: TestServerOptions) => Promise<TestServer>;
  /** A client logged in on the server as a new user of that role. */
  readonly login: (role: Role) => Promise<ApiClient & { user: TestUser }>;
}

/**
 * Registers beforeAll / afterAll in the calling file or describe block. The returned object's db and
 * server exist from beforeAll on; reading them earlier throws rather than handing out undefined.
 * Hooks registered after this call run after its beforeAll and before its afterAll.
 */
export function seededTestServer(options: SeededServerOptions = {}): SeededServer {
  let db: Database | undefined;
  let server: TestServer | undefined;
  const servers: TestServer[] = [];
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`seeded test server: ${name} is read before beforeAll has run`);
    return value;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    await wipeGraph(db);
    for (const dataset of options.datasets ?? []) await seedDataset(db, dataset);
    await options.prepare?.(db);
    server = await startTestServer(db, options.server);
  });

  afterAll(async () => {
    for (const extra of servers.reverse()) await extra.close();
    await server?.close();
    await db?.close();
  });

  const fixture: SeededServer = {
    get db() {
      return ready(db, 'db');
    },
    get server() {
      return ready(server, 'server');
    },
    get baseUrl() {
      return ready(server, 'server').baseUrl;
    },
    startServer: async (serverOptions) => {
      const extra = await startTestServer(ready(db, 'db'), serverOptions);
      servers.push(extra);
      return extra;
    },
    login: (role) => loginAs(fixture.baseUrl, fixture.db, role),
  };
  return fixture;
}
