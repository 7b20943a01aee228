// An in-process app on a free loopback port, on the test database.
import type { AddressInfo } from 'node:net';
import type { Database } from '../../graph/db/database';
import { createApp } from '../../server/app';
import { securitySettings, type SecurityOverrides } from '../../server/auth/settings';
import type { Logger } from '../../server/logger';

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

export interface TestServerOptions extends SecurityOverrides {
  /** Logger to capture request logs; the process logger (silent in tests) otherwise. */
  logger?: Logger;
  /** The built client the app serves outside /api; the app's default (dist/client) otherwise. */
  clientDir?: string;
}

/**
 * By default the app runs in open read-only mode (anonymous visitors may read, never write), so read
 * tests need no login; pass { openRead: false } to test the closed mode, where every call needs a session.
 */
export async function startTestServer(db: Database, options: TestServerOptions = {}): Promise<TestServer> {
  const { logger, clientDir, ...overrides } = options;
  const app = createApp(
    { db, security: securitySettings({ openRead: true, ...overrides }), ...(logger ? { logger } : {}) },
    clientDir === undefined ? {} : { clientDir },
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function getJson(baseUrl: string, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(baseUrl + path);
  return { status: response.status, body: (await response.json()) as unknown };
}
