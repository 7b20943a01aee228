// The embedded launcher's promises: loopback only, auth on with a kept password, no file URLs,
// clean stop when its parent goes away, data kept across restarts; and clear connection errors.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../graph/db/database';
import { findJava, startEmbeddedNeo4j } from '../../graph/db/embedded';
import { BOLT_FILE } from '../../graph/db/running';
import { openTestDatabase } from '../helpers/graph';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAUNCHER = path.join(ROOT, 'graph/embedded');

/** Runs npm run user:add's script on an embedded data folder (no NEO4J_URI), the password on stdin. */
function userAdd(dataDir: string, args: string[], password: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/userAdd.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_URI: '', NEO4J_PASSWORD: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(`${password}\n`);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

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

  it('stops cleanly when its parent goes away, and keeps data and password across restarts', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innochain-restart-'));
    try {
      // First run: spawned by hand so the test can close its stdin the way a dying parent would.
      const child = spawn(findJava(), ['-Xmx512m', '-cp', `${LAUNCHER}/target/launcher.jar:${LAUNCHER}/target/lib/*`, 'dev.innochain.embedded.Launcher', dataDir, '0'], {
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
      const passwordFile = path.join(dataDir, 'innochain-password');
      expect(statSync(passwordFile).mode & 0o777).toBe(0o600);

      const password = readFileSync(passwordFile, 'utf8').trim();
      const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
      await driver.executeQuery("CREATE (:Probe {name: '持久化'})");
      await driver.close();

      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.stdin.end();
      expect(await exited).toBe(0);

      // Second run through the product's own starter: same password, same data.
      const again = await startEmbeddedNeo4j({ mode: 'embedded', dataDir, port: 0, password: undefined, heap: '512m' });
      try {
        expect(again.password).toBe(password);
        const driver2 = neo4j.driver(again.uri, neo4j.auth.basic('neo4j', again.password));
        const { records } = await driver2.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
        expect(records.map((r) => r.get('name') as string)).toEqual(['持久化']);

        // npm run user:add beside the running database reaches it by itself, through the Bolt URI the
        // launcher left in the folder (the password stays in its own file and is never printed).
        expect(JSON.parse(readFileSync(path.join(dataDir, BOLT_FILE), 'utf8'))).toEqual({ uri: again.uri, pid: again.pid });
        const added = await userAdd(dataDir, ['--username', 'beside', '--role', 'viewer', '--password-stdin'], 'beside-server-pw-1');
        expect(added.code, added.stderr).toBe(0);
        expect(added.stdout).toContain(`using the running innochain database at ${again.uri}`);
        expect(added.stdout + added.stderr).not.toContain(password);
        const users = await driver2.executeQuery("MATCH (u:User {username: 'beside'}) RETURN u.role AS role");
        expect(users.records.map((r) => r.get('role') as string)).toEqual(['viewer']);
        await driver2.close();
      } finally {
        await again.stop();
      }
      expect(existsSync(path.join(dataDir, BOLT_FILE))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
