// A console worker thread: runs one analyst query at a time on its own small driver, so that a
// result too large to decode ends this thread (its heap is capped), never the server, and console
// load never takes connections from the server's pool.
import neo4j, { type Driver } from 'neo4j-driver';
import { parentPort } from 'node:worker_threads';
import { executeConsoleJob } from './execute';
import { screenText } from './guard';
import { consoleErrors } from '../errors';
import { toWorkerError, type Credentials, type FromWorker, type ToWorker } from './protocol';

let current: { key: string; driver: Driver } | undefined;

/** The driver for these credentials; a restarted database may have a new address or password. */
async function driverFor(credentials: Credentials): Promise<Driver> {
  const key = JSON.stringify(credentials);
  if (current?.key === key) return current.driver;
  await current?.driver.close();
  const driver = neo4j.driver(credentials.uri, neo4j.auth.basic(credentials.user, credentials.password), {
    disableLosslessIntegers: true,
    // One query at a time, plus the lookup of relationship ends in the same transaction.
    maxConnectionPoolSize: 2,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 10_000,
    userAgent: 'innochain-console/0.1',
  });
  current = { key, driver };
  return driver;
}

async function handle(message: ToWorker): Promise<FromWorker> {
  const requestId = message.kind === 'run' ? message.job.requestId : message.requestId;
  try {
    if (message.kind === 'check') {
      const screened = screenText(message.cypher, { maxLength: message.maxLength, maxDepth: message.maxDepth });
      if ('refusal' in screened) throw consoleErrors.refused(screened.refusal);
      return { kind: 'checked', requestId, statement: screened.statement };
    }
    const driver = await driverFor(message.credentials);
    return { kind: 'result', requestId, result: await executeConsoleJob(driver, message.job) };
  } catch (error) {
    return { kind: 'failed', requestId, error: toWorkerError(error) };
  }
}

const port = parentPort;
if (!port) throw new Error('server/console/worker.ts runs only as a worker thread');
port.on('message', (message: ToWorker) => {
  const requestId = message.kind === 'run' ? message.job.requestId : message.requestId;
  port.postMessage({ kind: 'started', requestId } satisfies FromWorker);
  void handle(message).then((reply) => port.postMessage(reply));
});
