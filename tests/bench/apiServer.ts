// Starts the API under test as a child process (tests/bench/server.ts) and reads its memory from the
// kernel (/proc), so sampling never waits on the busy server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.ts');
const PACKAGE_JSON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json');

/** The heap budget `npm start` gives the server (package.json), so the API under test runs as it does. */
export function npmStartNodeOptions(): string {
  const scripts = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { scripts: Record<string, string> }).scripts;
  const match = /--max-old-space-size=\$\{INNOCHAIN_HEAP_MB:-(\d+)\}/.exec(scripts.start ?? '');
  if (!match) throw new Error('package.json "start" no longer sets --max-old-space-size=${INNOCHAIN_HEAP_MB:-N}; update the bench');
  return `--max-old-space-size=${process.env.INNOCHAIN_HEAP_MB ?? match[1]}`;
}
const READY_PREFIX = 'BENCH_SERVER_READY ';
const START_TIMEOUT_MS = 60_000;

export interface ProcessMemory {
  /** Resident set size now, in MB. */
  rssMb: number;
  /** Highest resident set size since the process started (VmHWM), in MB. */
  peakRssMb: number;
}

export interface ApiServer {
  baseUrl: string;
  pid: number;
  memory(): ProcessMemory | null;
  stop(): Promise<void>;
}

export async function startApiServer(env: Record<string, string>): Promise<ApiServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const baseUrl = await waitForReady(child);
  const pid = child.pid ?? 0;
  return { baseUrl, pid, memory: () => readMemory(pid), stop: () => stopChild(child) };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the bench API server did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice(READY_PREFIX.length).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench API server exited before it was ready (code ${code ?? 'none'})`));
    });
  });
}

/** VmRSS and VmHWM from /proc (Linux); null elsewhere. */
export function readMemory(pid: number): ProcessMemory | null {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return null;
  const status = readFileSync(file, 'utf8');
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
