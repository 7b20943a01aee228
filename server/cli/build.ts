// npm install / npm run build: builds the embedded Neo4j launcher with Maven, then the client with Vite.
// Set INNOCHAIN_SKIP_EMBEDDED=1 where only an external Neo4j (NEO4J_URI) is used and there is no JDK.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJava } from '../../graph/db/embedded';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LAUNCHER = path.join(ROOT, 'graph/embedded');

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildLauncher(): void {
  if (process.env.INNOCHAIN_SKIP_EMBEDDED === '1') {
    console.log('build: INNOCHAIN_SKIP_EMBEDDED=1, not building the embedded Neo4j launcher');
    return;
  }
  // findJava throws an error whose message names the fix.
  findJava();
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) {
    throw new Error(
      'Maven not found: it builds the embedded Neo4j launcher. Install it (Debian: apt-get install maven) ' +
        'or set INNOCHAIN_SKIP_EMBEDDED=1 and use an external Neo4j via NEO4J_URI. / 未找到 Maven。',
    );
  }
  const jar = path.join(LAUNCHER, 'target/launcher.jar');
  const sourcesTime = Math.max(newestMtime(path.join(LAUNCHER, 'src')), statSync(path.join(LAUNCHER, 'pom.xml')).mtimeMs);
  if (existsSync(jar) && statSync(jar).mtimeMs >= sourcesTime) {
    console.log('build: embedded Neo4j launcher is up to date');
    return;
  }
  console.log('build: building the embedded Neo4j launcher with Maven (first time downloads ~120 MB)…');
  run('mvn', ['-q', '-B', 'package', '-DskipTests'], LAUNCHER);
}

function buildClient(): void {
  console.log('build: building the client with Vite…');
  run(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], ROOT);
}

try {
  buildLauncher();
  buildClient();
  console.log('build: done');
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
