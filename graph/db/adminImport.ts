// Neo4j's offline bulk importer (`neo4j-admin database import full`), run from the embedded launcher's
// jars against the embedded data folder. It writes a new store directly, without transactions, which is
// what makes a first load of a province fast; it replaces the `neo4j` database, so callers check first
// that there is nothing to lose (server/bulk).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findJava, LAUNCHER_CLASSPATH, requireLauncher } from './embedded';

export interface AdminImportOptions {
  /** The embedded data folder (Neo4j's home: the store lives in data/databases/neo4j under it). */
  dataDir: string;
  heap: string;
  nodeFiles: string[];
  relationshipFiles: string[];
  /** Some value holds a line break: slower parsing that allows it. */
  multiline: boolean;
  /** Where the importer writes its report of bad entries (there should be none: input is validated). */
  reportFile: string;
}

export interface AdminImportResult {
  ms: number;
  /** The importer's own summary lines (counts, stage times). */
  summary: string[];
  /** Its node stage ("Node import COMPLETED in 4s 728ms"), when it reported one. */
  nodeStageMs: number | null;
}

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** "1m 4s 728ms" → 64728. */
export function durationMs(text: string): number | null {
  const parts = [...text.matchAll(/(\d+)(ms|h|m|s)\b/g)];
  if (parts.length === 0) return null;
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * (UNIT_MS[unit as string] ?? 0), 0);
}

export class AdminImportError extends Error {
  override name = 'AdminImportError';
  constructor(
    message: string,
    /** Neo4j has the database open (a server on this folder): the importer touched nothing. */
    readonly inUse = false,
  ) {
    super(message);
  }
}

export async function runAdminImport(options: AdminImportOptions): Promise<AdminImportResult> {
  requireLauncher();
  const java = findJava();
  // An empty configuration folder: the importer's defaults, nothing from a stray neo4j.conf.
  mkdirSync(options.dataDir, { recursive: true });
  const confDir = mkdtempSync(path.join(os.tmpdir(), 'innochain-admin-conf-'));
  const args = [
    `-Xmx${options.heap}`,
    // A run of seconds: the quick compiler only. The optimising one spent the node stage compiling on
    // two cores (province node stage 1.3–1.5 s with this, 1.9–3.5 s without; whole import no slower).
    '-XX:TieredStopAtLevel=1',
    '-cp',
    LAUNCHER_CLASSPATH,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...options.nodeFiles.map((file) => `--nodes=${file}`),
    ...options.relationshipFiles.map((file) => `--relationships=${file}`),
    '--id-type=string',
    `--multiline-fields=${String(options.multiline)}`,
    '--overwrite-destination=true',
    `--report-file=${options.reportFile}`,
    'neo4j',
  ];
  const started = performance.now();
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(java, args, { env: { ...process.env, NEO4J_HOME: options.dataDir, NEO4J_CONF: confDir }, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      const keep = (chunk: Buffer): void => {
        text = (text + chunk.toString('utf8')).slice(-50_000);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.once('error', (error) => reject(new AdminImportError(`could not run Java: ${error.message}`)));
      child.once('exit', (code) => {
        if (code === 0) resolve(text);
        else reject(new AdminImportError(`neo4j-admin import failed (exit ${code ?? 'signal'}):\n${text.split('\n').slice(-25).join('\n')}`, /database is in use/i.test(text)));
      });
    });
    const summary = output
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /COMPLETED in|IMPORT DONE|^\d+ (nodes|relationships|properties)$|Peak memory/.test(line));
    const nodeStage = summary.find((line) => line.startsWith('Node import COMPLETED in'));
    return { ms: performance.now() - started, summary, nodeStageMs: nodeStage ? durationMs(nodeStage.slice('Node import COMPLETED in'.length)) : null };
  } finally {
    rmSync(confDir, { recursive: true, force: true });
  }
}
