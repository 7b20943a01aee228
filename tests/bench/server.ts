// The API under test, in its own Node process (so its memory is its own): the product's app on the
// bench database, on a loopback port, open to anonymous readers, request log off. Started by apiServer.ts;
// exits when its stdin closes (the bench ended or died) or on SIGTERM.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { Database } from '../../graph/db/database';
import { createApp } from '../../server/app';
import { securitySettings } from '../../server/auth/settings';

const READY_PREFIX = 'BENCH_SERVER_READY ';

const db = await Database.open({
  mode: 'external',
  uri: process.env.BENCH_NEO4J_URI ?? '',
  user: 'neo4j',
  password: process.env.BENCH_NEO4J_PASSWORD ?? '',
  database: undefined,
});
// BENCH_CLIENT_DIR: a client built for this run (--only chain-view builds the current sources); dist/client otherwise.
const clientDir = process.env.BENCH_CLIENT_DIR?.trim() ? process.env.BENCH_CLIENT_DIR : undefined;
const app = createApp({ db, security: securitySettings({ openRead: true }), logger: pino({ level: 'silent' }) }, { clientDir });
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
process.stdout.write(`${READY_PREFIX}http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
  process.exit(0);
}
process.stdin.on('end', () => void stop());
process.stdin.resume();
process.on('SIGTERM', () => void stop());
