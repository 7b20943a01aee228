// Benchmark (not a test): a 100,000-row spreadsheet import through the HTTP API on a throwaway embedded
// Neo4j, then the same size killed half-way (SIGKILL of the importing process) and resumed.
// Run: npx tsx tests/bench/import-100k.ts   (ROWS=… to change the size). Prints rows/s and peak RSS.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { Database } from '../../graph/db/database';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/db/embedded';
import { createApp } from '../../server/app';
import { securitySettings } from '../../server/auth/settings';
import { createUser } from '../../server/auth/users';
import { seedDataset } from '../../server/datasets';
import { startImport, targetByName, uploadFromFile } from '../../server/import';
import { ApiClient } from '../helpers/auth';

const ROWS = Number(process.env.ROWS ?? 100_000);
const BATCH = 5000;
const HERE = fileURLToPath(import.meta.url);

/** Peak resident memory of this process (server and client both run here), sampled and from the kernel. */
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
/** Live JS heap after a full GC (only with node --expose-gc): shows that nothing grows with the file. */
function liveHeap(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'n/a (run with node --expose-gc --import tsx to see it)';
  gc();
  return mb(process.memoryUsage().heapUsed);
}

async function writeCsv(file: string, prefix: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('id,nameZh,nameEn,descriptionEn,highTech\n');
  for (let i = 0; i < rows; i++) {
    const line = `${prefix}-${i},基准企业${i},Benchmark firm ${i},"Synthetic row ${i}, for the import benchmark",${i % 3 === 0 ? '是' : '否'}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

interface Job {
  id: string;
  status: string;
  rowsValidated: number;
  rowsWritten: number;
  batchesDone: number;
  batchesTotal: number | null;
  runs: number;
}

async function post(client: ApiClient, file: string, query: string): Promise<{ status: number; body: { job?: Job; rows?: number; valid?: boolean } }> {
  const blob = await openAsBlob(file);
  return client.request('POST', `/api/import/files/Enterprise?${query}`, { body: blob, headers: { 'content-type': 'text/csv' } });
}

/** Child mode: import the file straight through the service, until the parent kills this process. */
async function child(): Promise<void> {
  const db = await Database.open({ mode: 'external', uri: process.env.BENCH_URI ?? '', user: 'neo4j', password: process.env.BENCH_PASSWORD ?? '', database: undefined });
  const file = process.env.BENCH_FILE ?? '';
  const settings = securitySettings({ import: { batchSize: BATCH, uploadDir: path.dirname(file) } }).import;
  const target = targetByName('Enterprise');
  if (!target) throw new Error('no Enterprise template');
  const { done } = await startImport(db, { target, upload: await uploadFromFile(file, { dir: settings.uploadDir }), fileName: path.basename(file), username: 'bench', settings });
  await done;
  await db.close();
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'innochain-bench-import-'));
  let embedded: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  let server: Server | undefined;
  try {
    console.log(`import-100k: starting a throwaway Neo4j in ${work}`);
    embedded = await startEmbeddedNeo4j({ mode: 'embedded', dataDir: path.join(work, 'neo4j'), port: 0, password: undefined, heap: '1g' });
    db = await Database.open({ mode: 'external', uri: embedded.uri, user: 'neo4j', password: embedded.password, database: undefined });
    await seedDataset(db, 'nantong');
    const security = securitySettings({ openRead: false, import: { batchSize: BATCH, uploadDir: path.join(work, 'uploads') } });
    const app = createApp({ db, security, logger: pino({ level: 'silent' }) });
    const listening = app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise<void>((resolve) => listening.once('listening', () => resolve()));
    const baseUrl = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    await createUser(db, { username: 'bench', password: 'bench-password-1', role: 'editor' }, 'bench');
    const client = new ApiClient(baseUrl);
    await client.login('bench', 'bench-password-1');

    const file = path.join(work, 'bench-firms.csv');
    await writeCsv(file, 'bench-firm', ROWS);
    const rssBefore = process.memoryUsage().rss;
    console.log(`import-100k: ${ROWS} rows written to ${file}; RSS before the import ${mb(rssBefore)}, live heap ${liveHeap()}`);

    let started = Date.now();
    const dry = await post(client, file, 'dryRun=true&fileName=bench-firms.csv');
    const drySeconds = (Date.now() - started) / 1000;
    console.log(`dry run: ${dry.status}, ${dry.body.rows} rows, valid ${String(dry.body.valid)} in ${drySeconds.toFixed(1)} s (${Math.round(ROWS / drySeconds)} rows/s)`);

    started = Date.now();
    const commit = await post(client, file, 'fileName=bench-firms.csv');
    if (!commit.body.job) throw new Error(`commit refused: ${JSON.stringify(commit.body)}`);
    let job = commit.body.job;
    let lastLine = '';
    while (['validating', 'writing'].includes(job.status)) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = ((await client.get<{ job: Job }>(`/api/import/jobs/${job.id}`)).body).job;
      const line = `  ${job.status}: validated ${job.rowsValidated}, written ${job.rowsWritten} (${job.batchesDone}/${job.batchesTotal ?? '?'} batches)`;
      if (line !== lastLine) console.log(line);
      lastLine = line;
    }
    const commitSeconds = (Date.now() - started) / 1000;
    const count = await db.read((tx) => tx.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'bench-firm-' RETURN count(e) AS n"));
    console.log(
      `commit: ${job.status}, ${String(count.records[0]?.get('n'))} nodes in ${commitSeconds.toFixed(1)} s ` +
        `(${Math.round(ROWS / commitSeconds)} rows/s including validation)`,
    );

    // Killed half-way: a separate process imports, and is SIGKILLed once half the batches are written.
    const resumeFile = path.join(work, 'bench-resume.csv');
    await writeCsv(resumeFile, 'bench-resume', ROWS);
    const half = Math.ceil(ROWS / BATCH / 2);
    const importer = spawn(process.execPath, [...process.execArgv, HERE, '--child'], {
      env: { ...process.env, BENCH_URI: embedded.uri, BENCH_PASSWORD: embedded.password, BENCH_FILE: resumeFile },
      stdio: 'inherit',
    });
    const exited = new Promise<void>((resolve) => importer.once('exit', () => resolve()));
    for (;;) {
      const progress = await db.read((tx) => tx.run("MATCH (j:ImportJob {fileName: 'bench-resume.csv'}) RETURN j.batchesDone AS done"));
      const done = (progress.records[0]?.get('done') as number | undefined) ?? 0;
      if (done >= half) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    importer.kill('SIGKILL');
    await exited;
    const atKill = await db.read((tx) => tx.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'bench-resume-' RETURN count(e) AS n"));
    const killedJob = await client.get<{ items: Job[] }>('/api/import/jobs?limit=1');
    console.log(`killed the importer with ${String(atKill.records[0]?.get('n'))} of ${ROWS} rows written; job status now "${killedJob.body.items[0]?.status ?? '?'}"`);
    started = Date.now();
    const resumed = await post(client, resumeFile, 'wait=true&fileName=bench-resume.csv');
    const end = await db.read((tx) =>
      tx.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'bench-resume-' RETURN count(e) AS n, count(DISTINCT e.id) AS ids, collect(DISTINCT e.version) AS versions"),
    );
    console.log(
      `resumed: ${resumed.body.job?.status ?? String(resumed.status)} (run ${resumed.body.job?.runs ?? '?'}) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `${String(end.records[0]?.get('n'))} nodes, ${String(end.records[0]?.get('ids'))} distinct ids, versions ${JSON.stringify(end.records[0]?.get('versions'))}`,
    );
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(`peak RSS of this process (server + client): ${mb(peakRss)} sampled, ${mb(process.resourceUsage().maxRSS * 1024)} by the kernel; before the import ${mb(rssBefore)}`);
    console.log(`live heap after both imports: ${liveHeap()}`);
  } finally {
    clearInterval(sampler);
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server?.close(() => resolve()));
    }
    await db?.close();
    await embedded?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) {
  clearInterval(sampler);
  await child();
} else {
  await main();
}
