// A running embedded Neo4j says where it listens, in its data folder, so a command run beside the
// server (npm run user:add while npm start runs) reaches the same database instead of failing on the
// folder's lock. The file holds the Bolt URI and the Java pid, never the password (that stays in its
// own file, innochain-password, readable by the owner only).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BOLT_FILE = 'innochain-bolt.json';
/** Written by the launcher when NEO4J_PASSWORD is not set (graph/embedded Launcher.java). */
export const PASSWORD_FILE = 'innochain-password';

export interface RunningEmbedded {
  uri: string;
  pid: number;
}

export function announceRunning(dataDir: string, running: RunningEmbedded): void {
  try {
    writeFileSync(path.join(dataDir, BOLT_FILE), `${JSON.stringify(running)}\n`, { mode: 0o600 });
  } catch {
    // Not fatal: commands run beside this server then say how to reach it by NEO4J_URI.
  }
}

/** Removes the announcement if it is still this process's (a restart may have written a newer one). */
export function withdrawRunning(dataDir: string, running: RunningEmbedded): void {
  const current = readRunning(dataDir, { checkAlive: false });
  if (current?.pid === running.pid) rmSync(path.join(dataDir, BOLT_FILE), { force: true });
}

/** The embedded Neo4j announced in this folder, if its process is alive (a crash can leave the file). */
export function readRunning(dataDir: string, { checkAlive = true } = {}): RunningEmbedded | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path.join(dataDir, BOLT_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const { uri, pid } = (value ?? {}) as Partial<RunningEmbedded>;
  if (typeof uri !== 'string' || !/^bolt:\/\/127\.0\.0\.1:\d+$/.test(uri) || typeof pid !== 'number') return undefined;
  if (checkAlive && !isAlive(pid)) return undefined;
  return { uri, pid };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
