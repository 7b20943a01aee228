// Starts throwaway embedded Neo4j instances in temporary folders for the whole run, one per graph test
// worker (workers.ts); never touches ./data. With TEST_NEO4J_URI (and TEST_NEO4J_PASSWORD) set, tests use
// that server instead, one file at a time: it will be wiped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/db/embedded';
import { graphWorkers } from './workers';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One Neo4j per graph worker; graph.ts testNeo4j() picks the calling worker's. */
    neo4j: { uri: string; password: string }[];
  }
}

let embedded: EmbeddedNeo4j[] = [];
let dataDirs: string[] = [];

export async function setup(project: TestProject): Promise<void> {
  ensureClientBuilt();
  if (process.env.TEST_NEO4J_URI) {
    project.provide('neo4j', [{ uri: process.env.TEST_NEO4J_URI, password: process.env.TEST_NEO4J_PASSWORD ?? '' }]);
    return;
  }
  dataDirs = Array.from({ length: graphWorkers() }, () => mkdtempSync(path.join(os.tmpdir(), 'innochain-test-neo4j-')));
  embedded = await Promise.all(
    dataDirs.map((dataDir) => startEmbeddedNeo4j({ mode: 'embedded', dataDir, port: 0, password: undefined, heap: '1g' })),
  );
  project.provide(
    'neo4j',
    embedded.map(({ uri, password }) => ({ uri, password })),
  );
}

export async function teardown(): Promise<void> {
  await Promise.all(embedded.map((instance) => instance.stop()));
  for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
}

/** Browser tests load the built client; (re)build it when it is missing or older than its sources. */
function ensureClientBuilt(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const built = path.join(root, 'dist/client/index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSourceTime(root)) return;
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed before the browser tests');
}

/** The client bundles client/ and the shared graph/model. */
function newestSourceTime(root: string): number {
  let newest = 0;
  for (const dir of ['client', 'graph/model']) {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}
