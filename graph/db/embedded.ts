// Starts the embedded Neo4j launcher (graph/embedded) as a child process and waits for its ready line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddedDatabaseConfig } from './config';
import { announceRunning, withdrawRunning } from './running';

const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../embedded');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target/launcher.jar');
/** The launcher and Neo4j's own jars (which include neo4j-admin's commands). */
export const LAUNCHER_CLASSPATH = `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_DIR, 'target/lib/*')}`;
const READY_PREFIX = 'INNOCHAIN_NEO4J_READY ';
const PASSWORD_FILE = 'innochain-password';
/** A cold start on a 2-core machine takes 10-20 s; allow for a slow disk. */
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** Why a start failed, for callers that react differently (a taken port is retried on another). */
export type EmbeddedStartFailure = 'java' | 'launcher' | 'locked' | 'port_taken' | 'exited' | 'timeout';

export class EmbeddedStartError extends Error {
  override name = 'EmbeddedStartError';
  constructor(
    message: string,
    readonly failure: EmbeddedStartFailure = 'exited',
  ) {
    super(message);
  }
}

/** How the Java process ended when nobody asked it to stop. */
export interface EmbeddedExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** One line for people: "killed by SIGKILL", "ran out of Java heap (exit code 3)" … */
  reason: string;
  /** The last lines the JVM wrote to stderr (Neo4j's own log goes to <dataDir>/logs/debug.log). */
  stderrTail: string[];
  at: Date;
}

export interface EmbeddedNeo4j {
  uri: string;
  password: string;
  /** The Bolt port actually bound (the one picked when 0 was asked for), to restart on the same URI. */
  port: number;
  /** The Java process id (tests kill it to check supervision). */
  pid: number;
  /** Called once if the process ends without stop() (killed, crashed); never after stop(). */
  onExit(listener: (exit: EmbeddedExit) => void): void;
  stop(): Promise<void>;
}

/** Java 17 or newer, found on PATH or JAVA_HOME; otherwise an error that names the fix. */
export function findJava(): string {
  const candidates = [process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : undefined, 'java'];
  for (const java of candidates) {
    if (!java) continue;
    const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
    if (probe.error) continue;
    const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr);
    const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
    if (major >= 17) return java;
    throw new EmbeddedStartError(
      `Java ${major || '(unknown)'} found at ${java}, but embedded Neo4j 5.26 needs Java 17 or 21. ` +
        'Install a JDK 17/21 (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use an external Neo4j. ' +
        '/ 需要 Java 17 或 21。',
      'java',
    );
  }
  throw new EmbeddedStartError(
    'Java not found. Install a JDK 17/21 (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI ' +
      'to use an external Neo4j. / 未找到 Java。',
    'java',
  );
}

/** Fails with the fix when the launcher has not been built. */
export function requireLauncher(): void {
  if (!existsSync(LAUNCHER_JAR)) {
    throw new EmbeddedStartError(
      `The embedded Neo4j launcher is not built (${LAUNCHER_JAR} missing). Run "npm install" (needs Maven). ` +
        '/ 嵌入式 Neo4j 尚未构建，请运行 npm install。',
      'launcher',
    );
  }
}

export async function startEmbeddedNeo4j(config: EmbeddedDatabaseConfig): Promise<EmbeddedNeo4j> {
  requireLauncher();
  const java = findJava();
  const env = { ...process.env };
  if (config.password) env.NEO4J_PASSWORD = config.password;
  else delete env.NEO4J_PASSWORD;

  const child = spawn(
    java,
    [
      // A fixed heap (Neo4j warns without -Xms): the transaction memory limits in Launcher.java are
      // shares of it. No -XX:+ExitOnOutOfMemoryError: an OutOfMemoryError in a query fails that query
      // only (measured, BENCHMARKS.md "Console resource limits"); the launcher itself halts when one
      // escapes any other thread, and the supervisor in database.ts restarts it.
      `-Xms${config.heap}`,
      `-Xmx${config.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      LAUNCHER_CLASSPATH,
      'dev.innochain.embedded.Launcher',
      config.dataDir,
      String(config.port),
    ],
    // stdin stays a pipe: the launcher shuts down when it closes, i.e. when this process dies.
    { stdio: ['pipe', 'pipe', 'pipe'], env },
  );

  const stderr = new StderrTail();
  child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
  const uri = await waitForReady(child, stderr);
  const port = Number(new URL(uri.replace(/^bolt:/, 'http:')).port);
  const password = config.password ?? readFileSync(path.join(config.dataDir, PASSWORD_FILE), 'utf8').trim();
  const running = { uri, pid: child.pid ?? -1 };
  announceRunning(config.dataDir, running);

  let stopping = false;
  const listeners: ((exit: EmbeddedExit) => void)[] = [];
  child.once('exit', (code, signal) => {
    withdrawRunning(config.dataDir, running);
    if (stopping) return;
    const exit: EmbeddedExit = { code, signal, reason: describeExit(code, signal, stderr.text()), stderrTail: stderr.lines(), at: new Date() };
    for (const listener of listeners) listener(exit);
  });
  return {
    uri,
    password,
    port,
    pid: child.pid ?? -1,
    onExit: (listener) => {
      listeners.push(listener);
    },
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
  };
}

/** The last 20 kB of the JVM's stderr, kept for as long as it runs (it writes little after start). */
class StderrTail {
  private buffer = '';
  add(chunk: Buffer): void {
    this.buffer = (this.buffer + chunk.toString('utf8')).slice(-20_000);
  }
  text(): string {
    return this.buffer;
  }
  lines(count = 15): string[] {
    return this.buffer.trim().split('\n').filter(Boolean).slice(-count);
  }
}

function waitForReady(child: ChildProcess, stderr: StderrTail): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedStartError(`Embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000} s.\n${tail(stderr.text())}`, 'timeout'));
    }, START_TIMEOUT_MS);
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      clearTimeout(timer);
      reject(explainStartFailure(code, signal, stderr.text()));
    };
    const onStdout = (chunk: Buffer): void => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        child.stdout?.off('data', onStdout);
        child.off('exit', onExit);
        child.stdout?.resume();
        resolve(line.slice(READY_PREFIX.length).trim());
      }
    };
    child.stdout?.on('data', onStdout);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedStartError(`Could not run Java: ${error.message}`, 'java'));
    });
    child.once('exit', onExit);
  });
}

function explainStartFailure(code: number | null, signal: NodeJS.Signals | null, stderr: string): EmbeddedStartError {
  if (/lock|Lock/.test(stderr) && /store|Store|database/.test(stderr)) {
    return new EmbeddedStartError(
      'Embedded Neo4j could not lock its data folder: another innochain (or Neo4j) is using it. ' +
        'Stop that process first (NEO4J_DATA_DIR would open another, separate database). / 数据目录已被其他进程占用，请先停止该进程。',
      'locked',
    );
  }
  if (/Address already in use|BindException/.test(stderr)) {
    return new EmbeddedStartError(
      'The Bolt port is taken: set NEO4J_BOLT_PORT to a free port, or 0 to pick one. / Bolt 端口被占用。',
      'port_taken',
    );
  }
  return new EmbeddedStartError(`Embedded Neo4j exited before it was ready (${describeExit(code, signal, stderr)}).\n${tail(stderr)}`);
}

/** Exit code 3 is the launcher's own "out of memory outside a query" halt (Launcher.java). */
function describeExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (signal) return `killed by ${signal}`;
  if (code === 3 || /OutOfMemoryError/.test(stderr)) return `ran out of Java heap (exit code ${code ?? 'none'})`;
  return `exit code ${code ?? 'none'}`;
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-15).join('\n');
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
