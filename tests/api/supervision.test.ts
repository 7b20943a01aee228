// Supervision of embedded Neo4j and its memory limits, on a private database of its own (never the
// shared test database): the launcher stops cleanly when its parent goes away and keeps data and
// password across restarts; queries that blow up memory or time fail alone and Neo4j keeps answering;
// a killed Neo4j is answered with 503 in both languages, restarted by itself, and keeps its data.
// One data folder for all of it: the launcher's first run (spawned by hand) is followed by the
// product's own start of the same folder, which the rest of the file uses (one JVM start fewer).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, type RestartEvent } from '../../graph/db/database';
import { findJava } from '../../graph/db/embedded';
import { BOLT_FILE } from '../../graph/db/running';
import { HealthAdminBody, HealthUnavailableBody } from '../../server/health/openapi';
import { loginAs, type ApiClient } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/server';
import type { ApiErrorBody as ErrorBody } from '../../graph/model';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAUNCHER = path.join(ROOT, 'graph/embedded');

let dataDir: string;
let db: Database;
let server: TestServer;
let admin: ApiClient;
/** What the launcher's first run, spawned by hand, left: its exit code, password and password file's mode. */
let firstRun: { exitCode: number | null; password: string; passwordFileMode: number };

/** The launcher run by hand, so its stdin can be closed the way a dying parent's would; it writes one probe. */
async function runLauncherThenCloseStdin(folder: string): Promise<typeof firstRun> {
  const child = spawn(findJava(), ['-Xmx512m', '-cp', `${LAUNCHER}/target/launcher.jar:${LAUNCHER}/target/lib/*`, 'dev.innochain.embedded.Launcher', folder, '0'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NEO4J_PASSWORD: '' },
  });
  const uri = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /INNOCHAIN_NEO4J_READY (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`launcher exited early with ${code}`)));
  });
  const passwordFile = path.join(folder, 'innochain-password');
  const password = readFileSync(passwordFile, 'utf8').trim();
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  await driver.executeQuery("CREATE (:Probe {name: '持久化'})");
  await driver.close();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdin.end();
  return { exitCode: await exited, password, passwordFileMode: statSync(passwordFile).mode & 0o777 };
}

/** Runs npm run user:add's script on an embedded data folder (no NEO4J_URI), the password on stdin. */
function userAdd(folder: string, args: string[], password: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/userAdd.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_DATA_DIR: folder, NEO4J_URI: '', NEO4J_PASSWORD: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(`${password}\n`);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'innochain-supervision-'));
  firstRun = await runLauncherThenCloseStdin(dataDir);
  // Second run through the product's own starter, on the same folder: the database of the whole file.
  db = await Database.open({ mode: 'embedded', dataDir, port: 0, password: undefined, heap: '512m' });
  await db.write((tx) =>
    tx.run(`CREATE (:Entity:Region {id: 'nantong', nameZh: '南通', nameEn: 'Nantong', kind: 'city', sourceKind: 'document', sourceRef: '一'})
            WITH 1 AS one UNWIND range(1, 3000) AS v CREATE (:Probe {v: v})`),
  );
  server = await startTestServer(db);
  admin = await loginAs(server.baseUrl, db, 'admin');
}, 240_000);

/** Set once the last test has stopped the server and Neo4j itself. */
let stopped = false;

afterAll(async () => {
  if (!stopped) {
    await server?.close();
    await db?.close();
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('embedded Neo4j launcher across restarts', () => {
  it('stops cleanly when its parent goes away, and keeps data and password across restarts', async () => {
    expect(firstRun.passwordFileMode).toBe(0o600);
    expect(firstRun.exitCode).toBe(0);
    // The product's start of the same folder: same password, same data.
    expect(db.connection().password).toBe(firstRun.password);
    const probes = await db.read((tx) => tx.run('MATCH (p:Probe) WHERE p.name IS NOT NULL RETURN p.name AS name'));
    expect(probes.records.map((r) => r.get('name') as string)).toEqual(['持久化']);

    // npm run user:add beside the running database reaches it by itself, through the Bolt URI the
    // launcher left in the folder (the password stays in its own file and is never printed).
    expect(JSON.parse(readFileSync(path.join(dataDir, BOLT_FILE), 'utf8'))).toEqual({ uri: db.info.boltUri, pid: db.embeddedPid });
    const added = await userAdd(dataDir, ['--username', 'beside', '--role', 'viewer', '--password-stdin'], 'beside-server-pw-1');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(`using the running innochain database at ${db.info.boltUri}`);
    expect(added.stdout + added.stderr).not.toContain(firstRun.password);
    const users = await db.read((tx) => tx.run("MATCH (u:User {username: 'beside'}) RETURN u.role AS role"));
    expect(users.records.map((r) => r.get('role') as string)).toEqual(['viewer']);
  }, 120_000);
});

/** Runs one statement as the console does: READ transaction with a timeout, every row consumed, rolled back. */
async function runLimited(cypher: string, timeoutMs: number): Promise<{ code: string; elapsedMs: number }> {
  const session = db.session('READ');
  const started = Date.now();
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs });
    try {
      for await (const record of tx.run(cypher)) void record;
      return { code: 'ok', elapsedMs: Date.now() - started };
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
    return { code, elapsedMs: Date.now() - started };
  } finally {
    await session.close();
  }
}

async function answers(): Promise<boolean> {
  const value = await db.read(async (tx) => (await tx.run('RETURN 41 + 1 AS n')).records[0]?.get('n') as number);
  return value === 42;
}

describe('memory and time limits leave Neo4j answering', () => {
  const cases = [
    // Not tracked by Neo4j (one expression): the JVM's OutOfMemoryError fails this query alone.
    { name: 'string doubling in reduce', cypher: 'RETURN size(reduce(s = "x", i IN range(1, 29) | s + s)) AS n', code: 'Neo.TransientError.General.OutOfMemoryError' },
    { name: 'string doubling, once more', cypher: 'RETURN size(reduce(s = "x", i IN range(1, 30) | s + s)) AS n', code: 'Neo.TransientError.General.OutOfMemoryError' },
    // Tracked: stopped by the per-transaction limit.
    { name: 'collect of 100 million', cypher: 'UNWIND range(1, 100000000) AS i WITH collect(i) AS c RETURN size(c) AS n', code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' },
    { name: 'sorted cartesian product', cypher: 'MATCH (a:Probe), (b:Probe) RETURN a.v AS a, b.v AS b, toString(a.v) + toString(b.v) AS s ORDER BY s DESC', code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' },
  ];
  for (const { name, cypher, code } of cases) {
    it(`${name}: ${code}, then a read answers`, async () => {
      const result = await runLimited(cypher, 15_000);
      // On a loaded machine the 15 s timeout may come first: bounded either way, never the JVM's death.
      expect([code, 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']).toContain(result.code);
      expect(await answers()).toBe(true);
    }, 60_000);
  }

  it('a CPU-bound query is stopped at its timeout (checked between rows)', async () => {
    const result = await runLimited('UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n', 5_000);
    expect(result.code).toBe('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    console.log(`supervision: 5 s timeout stopped the CPU-bound query after ${result.elapsedMs} ms`);
    // The timeout's contract, not a speed target: unstopped, this query runs for minutes.
    expect(result.elapsedMs).toBeLessThan(30_000);
    expect(await answers()).toBe(true);
  }, 60_000);

  it('writes still work after all of them', async () => {
    await db.write((tx) => tx.run("CREATE (:Probe {v: -1, note: 'after the blow-ups'})"));
    const count = await db.read(async (tx) => (await tx.run('MATCH (p:Probe {v: -1}) RETURN count(p) AS n')).records[0]?.get('n') as number);
    expect(count).toBe(1);
  });
});


describe('supervision of embedded Neo4j', () => {
  it('answers 503 in both languages while Neo4j is down, restarts it and keeps its data', async () => {
    const pid = db.embeddedPid;
    expect(pid).toBeGreaterThan(0);
    const before = db.connection();
    const restarted = new Promise<RestartEvent>((resolve) => db.onRestart(resolve));

    const killedAt = Date.now();
    process.kill(pid ?? -1, 'SIGKILL');

    let outageAnswers = 0;
    let recoveredAt = 0;
    while (Date.now() - killedAt < 150_000) {
      const entity = await fetch(`${server.baseUrl}/api/entities/nantong`, { signal: AbortSignal.timeout(5_000) });
      const health = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      // Never a hang: each fetch is aborted (and the test fails) after 5 s without an answer.
      expect([200, 503]).toContain(entity.status);
      if (entity.status === 503) {
        outageAnswers += 1;
        const body = (await entity.json()) as ErrorBody;
        expect(body.error.code).toBe('database_unavailable');
        expect(body.error.message).toMatch(/restarting|not reachable/);
        expect(body.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
      } else await entity.body?.cancel();
      if (health.status === 503) {
        const body = HealthUnavailableBody.parse(await health.json());
        expect(body.error.code).toBe('database_unavailable');
        expect(body.database).toBeUndefined();
      } else if (health.status === 200 && entity.status === 200) {
        expect(await health.json()).toEqual({ status: 'ok' });
        recoveredAt = Date.now();
        break;
      } else await health.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recoveredAt).toBeGreaterThan(0);
    expect(outageAnswers).toBeGreaterThan(0);
    console.log(`supervision: recovered ${recoveredAt - killedAt} ms after SIGKILL (${outageAnswers} requests answered 503 meanwhile)`);

    const event = await restarted;
    expect(event.generation).toBe(1);
    expect(db.generation).toBe(1);
    expect(db.connection()).toEqual(event.connection);
    expect(db.connection()).toMatchObject({ user: before.user, password: before.password });
    expect(db.info.boltUri).toBe(db.connection().uri);
    expect(db.embeddedPid).not.toBe(pid);

    // The admin's session lives in Neo4j and survived the restart.
    const health = await admin.get('/api/health');
    expect(health.status).toBe(200);
    expect(HealthAdminBody.parse(health.body).database).toMatchObject({
      mode: 'embedded',
      state: 'up',
      restarts: 1,
      lastExit: { reason: 'killed by SIGKILL', signal: 'SIGKILL', code: null },
      boltUri: db.connection().uri,
    });
    console.log(`supervision: admin health after the restart: ${JSON.stringify(health.body)}`);

    // Data written before the kill is there, and writes work after it.
    const nantong = await fetch(`${server.baseUrl}/api/entities/nantong`);
    expect(nantong.status).toBe(200);
    expect(await nantong.json()).toMatchObject({ entity: { id: 'nantong' } });
    await db.write((tx) => tx.run("CREATE (:Probe {v: -2, note: 'after the restart'})"));
    const count = await db.read(async (tx) => (await tx.run('MATCH (p:Probe) WHERE p.v < 0 RETURN count(p) AS n')).records[0]?.get('n') as number);
    expect(count).toBe(2);
  }, 200_000);
});

describe('stopping embedded Neo4j', () => {
  it('withdraws the Bolt address it left in the folder (after a restart too)', async () => {
    stopped = true;
    await server.close();
    await db.close();
    expect(existsSync(path.join(dataDir, BOLT_FILE))).toBe(false);
  }, 60_000);
});
