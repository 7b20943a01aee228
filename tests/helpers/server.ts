// An in-process app on a free loopback port, on the test database.
import type { AddressInfo } from 'node:net';
import type { Database } from '../../graph/db/database';
import { createApp } from '../../server/app';

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startTestServer(db: Database): Promise<TestServer> {
  const app = createApp({ db });
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
