// The database a command works on. Embedded mode: when the server (npm start) already runs Neo4j on
// the data folder, the command connects to it over Bolt (graph/db/running.ts) rather than failing on
// the folder's lock; only when nothing runs there does it start its own. Never prints the password.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { databaseConfigFromEnv } from '../../graph/db/config';
import { Database } from '../../graph/db/database';
import { EmbeddedStartError } from '../../graph/db/embedded';
import { PASSWORD_FILE, readRunning } from '../../graph/db/running';

/** A failure the command reports as it is: its message names the fix in English and Chinese. */
export class CliDatabaseError extends Error {
  override name = 'CliDatabaseError';
}

/** `npm run <script> -- <args>` as typed, for messages that say what to run instead. */
function commandLine(script: string, args: readonly string[]): string {
  const quoted = args.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`));
  return `npm run ${script}${quoted.length > 0 ? ` -- ${quoted.join(' ')}` : ''}`;
}

function boltCommand(dataDir: string, uri: string, script: string, args: readonly string[]): string {
  const passwordFile = path.relative(process.cwd(), path.join(dataDir, PASSWORD_FILE)) || PASSWORD_FILE;
  return `NEO4J_URI=${uri} NEO4J_PASSWORD="$(cat ${passwordFile})" ${commandLine(script, args)}`;
}

export async function openCommandDatabase(script: string, args: readonly string[], log: (line: string) => void): Promise<Database> {
  const config = databaseConfigFromEnv();
  if (config.mode === 'external') return Database.open(config);
  const running = readRunning(config.dataDir);
  if (running) {
    let password = config.password;
    try {
      password ??= readFileSync(path.join(config.dataDir, PASSWORD_FILE), 'utf8').trim();
    } catch {
      throw new CliDatabaseError(
        `innochain's database runs at ${running.uri} with the password set by NEO4J_PASSWORD when it started: ` +
          `run this command with the same NEO4J_PASSWORD set. / 正在运行的数据库使用启动时设置的 NEO4J_PASSWORD，请设置相同的 NEO4J_PASSWORD 后重新运行。`,
      );
    }
    try {
      const db = await Database.open({ mode: 'external', uri: running.uri, user: 'neo4j', password, database: undefined });
      log(`using the running innochain database at ${running.uri} / 使用正在运行的数据库`);
      return db;
    } catch (error) {
      throw new CliDatabaseError(
        `innochain's database runs at ${running.uri} but did not accept this connection: ${error instanceof Error ? error.message : String(error)} / 无法连接正在运行的数据库。`,
      );
    }
  }
  try {
    return await Database.open(config);
  } catch (error) {
    if (!(error instanceof EmbeddedStartError) || error.failure !== 'locked') throw error;
    // Locked by a process that did not say where it listens (an older innochain, a Neo4j of its own).
    throw new CliDatabaseError(
      `the data folder ${config.dataDir} is in use by a running process that did not say where it listens. ` +
        `If it is innochain (npm start), connect to it over Bolt, with the port from its start line "Neo4j (embedded) at bolt://…":\n` +
        `  ${boltCommand(config.dataDir, 'bolt://127.0.0.1:<port>', script, args)}\n` +
        `Do not set NEO4J_DATA_DIR instead: that opens another, separate database. / 数据目录正被运行中的进程占用；` +
        `若是 innochain 服务器，请按上面的命令用 NEO4J_URI 连接（端口见其启动日志），不要改用 NEO4J_DATA_DIR（那会打开另一个数据库）。`,
    );
  }
}
