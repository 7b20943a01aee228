// npm start: open Neo4j (embedded, or external with NEO4J_URI), seed an empty graph, serve the app.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { databaseConfigFromEnv } from '../graph/db/config';
import { Database } from '../graph/db/database';
import { createApp } from './app';
import { closeBriefingRenderer } from './briefings/renderer';
import { activeFreshnessConfig } from './freshness/config';
import { assertConfigRegionsExist } from './gaps/configCheck';
import { computeMatrix, computeSummary } from './gaps/service';
import { securitySettingsFromEnv } from './auth/settings';
import { listUsers } from './auth/users';
import { logger } from './logger';
import { BULK_IN_PROGRESS_FILE } from './bulk';
import { DEFAULT_DATASETS, datasetDir, isGraphEmpty, seedDataset } from './datasets';

const DEFAULTS = {
  /** HTTP port of the app. */
  port: 3000,
  /** Loopback only unless HOST says otherwise. */
  host: '127.0.0.1',
};

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  const host = process.env.HOST?.trim() || DEFAULTS.host;
  // A broken staleness file stops the start before Neo4j does: every problem is named by field.
  activeFreshnessConfig();
  // Fail fast on a taken port, before spending seconds starting Neo4j.
  const probe = await listen(createServer(), port, host);
  await new Promise((resolve) => probe.close(resolve));
  const config = databaseConfigFromEnv();
  if (config.mode === 'embedded' && existsSync(path.join(config.dataDir, BULK_IN_PROGRESS_FILE))) {
    throw new Error(
      `A bulk load into ${config.dataDir} stopped half-way, so its database is incomplete. Run the same npm run bulk-load again to finish it. ` +
        '/ 该数据目录的批量装载中途中断，数据库不完整，请重新运行同一装载命令。',
    );
  }
  console.log(
    config.mode === 'embedded'
      ? `innochain: starting embedded Neo4j in ${config.dataDir}… / 正在启动嵌入式 Neo4j…`
      : `innochain: connecting to Neo4j at ${config.uri}… / 正在连接 Neo4j…`,
  );
  const db = await Database.open(config);

  if (await isGraphEmpty(db)) {
    for (const name of DEFAULT_DATASETS) {
      if (!existsSync(datasetDir(name))) continue;
      const summary = await seedDataset(db, name);
      console.log(`innochain: loaded dataset ${name}: ${summary.nodes} nodes, ${summary.relationships} relationships`);
    }
  }

  // A home city or partner id the graph lacks would be analysed silently into wrong gaps: stop here.
  await assertConfigRegionsExist(db).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });

  const app = createApp({ db });
  const server = await listen(createServer(app), port, host).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });

  // Neo4j plans each query shape on first use (seconds on a cold start): plan the gap queries now,
  // in the background, so the first visitor does not wait for it.
  void Promise.all([computeMatrix(db), computeSummary(db)]).catch((error: unknown) => {
    logger.warn({ err: error }, 'gap engine warm-up failed');
  });

  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  if (!securitySettingsFromEnv().openRead && (await listUsers(db)).length === 0) {
    console.log(
      'innochain: no users yet. Create the first admin with:  npm run user:add -- --username admin --role admin\n' +
        '           (or start with INNOCHAIN_OPEN_READ=1 to let anyone read) / 尚无用户，请先创建管理员',
    );
  }
  console.log(`innochain: ready at http://${shown}:${port}/  / 已就绪`);
  console.log(
    `innochain: Neo4j (${db.info.mode}) at ${db.info.boltUri}, user ${db.info.user}` +
      (db.info.mode === 'embedded' ? ', password in NEO4J_PASSWORD or <data dir>/innochain-password' : ''),
  );
  // Embedded Neo4j that dies is restarted by Database (why and when go to the JSON log); say where it is now.
  db.onRestart(({ generation, connection }) => {
    console.log(`innochain: embedded Neo4j restarted (${generation}) at ${connection.uri} / 嵌入式 Neo4j 已重启`);
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`innochain: ${signal}, stopping… / 正在停止…`);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await closeBriefingRenderer();
    await db.close();
    console.log('innochain: stopped / 已停止');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function parsePort(text: string | undefined): number {
  if (!text?.trim()) return DEFAULTS.port;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${text}" / PORT 无效`);
  }
  return port;
}

function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`Port ${port} is taken: stop what uses it or start with PORT=<another port>. / 端口 ${port} 已被占用。`));
      } else reject(error);
    });
  });
}

main().catch((error: unknown) => {
  logger.debug({ err: error }, 'start failed');
  console.error(`innochain: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
