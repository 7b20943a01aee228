// Starts the embedded Neo4j launcher (graph/embedded) as a child process and waits for its ready line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddedDatabaseConfig } from './config';

const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../embedded');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target/launcher.jar');
/** The launcher and Neo4j's own jars (which include neo4j-admin's commands). */
export const LAUNCHER_CLASSPATH = `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_DIR, 'target/lib/*')}`;
const READY_PREFIX = 'INNOCHAIN_NEO4J_READY ';
const PASSWORD_FILE = 'innochain-password';
/** A cold start on a 2-core machine takes 10-20 s; allow for a slow disk. */
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export class EmbeddedStartError extends Error {
  override name = 'EmbeddedStartError';
}

export interface EmbeddedNeo4j {
  uri: string;
  password: string;
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
    );
  }
  throw new EmbeddedStartError(
    'Java not found. Install a JDK 17/21 (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI ' +
      'to use an external Neo4j. / 未找到 Java。',
  );
}

/** Fails with the fix when the launcher has not been built. */
export function requireLauncher(): void {
  if (!existsSync(LAUNCHER_JAR)) {
    throw new EmbeddedStartError(
      `The embedded Neo4j launcher is not built (${LAUNCHER_JAR} missing). Run "npm install" (needs Maven). ` +
        '/ 嵌入式 Neo4j 尚未构建，请运行 npm install。',
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
      `-Xmx${config.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      LAUNCHER_CLASSPATH,
      'dev.innochain.embedded.Launcher',
      config.dataDir,
      String(config.port),
    ],
    // stdin stays a pipe: the launcher shuts down when it closes, i.e. when this process dies.
    { stdio: ['pipe', 'pipe', 'pipe'], env },
  );

  const uri = await waitForReady(child);
  const password = config.password ?? readFileSync(path.join(config.dataDir, PASSWORD_FILE), 'utf8').trim();
  return { uri, password, stop: () => stopChild(child) };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedStartError(`Embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000} s.\n${tail(stderr)}`));
    }, START_TIMEOUT_MS);
    const onStdout = (chunk: Buffer): void => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        child.stdout?.off('data', onStdout);
        child.stdout?.resume();
        resolve(line.slice(READY_PREFIX.length).trim());
      }
    };
    child.stdout?.on('data', onStdout);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedStartError(`Could not run Java: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new EmbeddedStartError(explainExit(code, signal, stderr)));
    });
  });
}

function explainExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/lock|Lock/.test(stderr) && /store|Store|database/.test(stderr)) {
    return (
      'Embedded Neo4j could not lock its data folder: another innochain (or Neo4j) is using it. ' +
      'Stop that process or set NEO4J_DATA_DIR to another folder. / 数据目录已被其他进程占用。'
    );
  }
  if (/Address already in use|BindException/.test(stderr)) {
    return 'The Bolt port is taken: set NEO4J_BOLT_PORT to a free port, or 0 to pick one. / Bolt 端口被占用。';
  }
  return `Embedded Neo4j exited before it was ready (code ${code ?? 'none'}, signal ${signal ?? 'none'}).\n${tail(stderr)}`;
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
