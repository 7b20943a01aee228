// The one module that owns the neo4j-driver Driver: one per process, closed on shutdown. In embedded
// mode it also supervises the Neo4j process: when it dies the driver is replaced by a fresh one on the
// restarted database, and callers get DatabaseUnavailableError (503) meanwhile instead of hanging.
import { EventEmitter } from 'node:events';
import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionMode } from 'neo4j-driver';
import { logger } from '../../server/logger';
import { databaseConfigFromEnv, type DatabaseConfig, type EmbeddedDatabaseConfig } from './config';
import { EmbeddedStartError, startEmbeddedNeo4j, type EmbeddedExit, type EmbeddedNeo4j } from './embedded';
import { neo4jErrorCode } from './errors';
import { applyMigrations } from './migrations';

const CONNECT_TIMEOUT_MS = 20_000;

/** Restart schedule after the embedded database dies; one object, a comment per field. */
const SUPERVISION = {
  /** Wait before the first restart attempt. */
  firstDelayMs: 1_000,
  /** Each failed attempt doubles the wait, up to this. */
  maxDelayMs: 30_000,
  /** A database that has run this long is healthy again: the next death starts from firstDelayMs. */
  stableAfterMs: 60_000,
};

export class DatabaseConnectError extends Error {
  override name = 'DatabaseConnectError';
}

/**
 * The database cannot be used right now (embedded Neo4j is restarting, or the Database is closed).
 * `code` is the driver's own code for a missing server, so whoever classifies driver errors by code
 * treats it alike; `messageZh` carries the Chinese reason.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  readonly code = 'ServiceUnavailable';
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

export interface DatabaseInfo {
  mode: 'embedded' | 'external';
  /** The Bolt URI an analyst can open in Neo4j Browser or cypher-shell (the current one after a restart). */
  boltUri: string;
  user: string;
  database: string | undefined;
}

export interface DatabaseConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/** `up`: answering; `restarting`: embedded Neo4j died and is being started again; `down`: closed. */
export type DatabaseState = 'up' | 'restarting' | 'down';

export interface LastExit {
  at: string;
  reason: string;
  code: number | null;
  signal: string | null;
}

export interface SupervisionStatus {
  state: DatabaseState;
  /** Successful restarts since open(). */
  restarts: number;
  lastExit: LastExit | null;
  /** From the death to the restarted database answering, for the last restart. */
  lastRestartMs: number | null;
  /** When the current process (or, externally, the driver) came up. */
  upSince: string | null;
}

export interface RestartEvent {
  generation: number;
  connection: DatabaseConnection;
}

export class Database {
  private state: DatabaseState = 'up';
  private restarts = 0;
  private lastExit: LastExit | null = null;
  private lastRestartMs: number | null = null;
  private upSince = new Date();
  private delayMs = SUPERVISION.firstDelayMs;
  private restartTimer: NodeJS.Timeout | undefined;
  private stableTimer: NodeJS.Timeout | undefined;
  private closing = false;
  private readonly events = new EventEmitter();
  private _generation = 0;

  private constructor(
    private driver: Driver,
    private readonly current: { info: DatabaseInfo; password: string },
    private embedded: EmbeddedNeo4j | undefined,
    private readonly embeddedConfig: EmbeddedDatabaseConfig | undefined,
  ) {
    if (embedded) this.supervise(embedded);
  }

  /** Connects as configured (external NEO4J_URI, else embedded), verifies the login and migrates the schema. */
  static async open(config: DatabaseConfig = databaseConfigFromEnv()): Promise<Database> {
    let embedded: EmbeddedNeo4j | undefined;
    let uri: string;
    let password: string;
    const user = config.mode === 'external' ? config.user : 'neo4j';
    if (config.mode === 'embedded') {
      embedded = await startEmbeddedNeo4j(config);
      uri = embedded.uri;
      password = embedded.password;
    } else {
      uri = config.uri;
      password = config.password;
    }
    const database = config.mode === 'external' ? config.database : undefined;
    const info: DatabaseInfo = { mode: config.mode, boltUri: uri, user, database };
    const db = new Database(createDriver(uri, user, password), { info, password }, embedded, config.mode === 'embedded' ? config : undefined);
    try {
      await verify(db.driver, info);
      await applyMigrations(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return db;
  }

  get info(): DatabaseInfo {
    return this.current.info;
  }

  /**
   * The credentials of the database as it is now, for code that opens its own driver (the console's
   * worker thread). They change when embedded Neo4j restarts on another port: listen with onRestart().
   */
  connection(): DatabaseConnection {
    const { boltUri, user, database } = this.current.info;
    return { uri: boltUri, user, password: this.current.password, database };
  }

  /**
   * Counts restarts of embedded Neo4j: each one brings a new driver (and maybe a new URI), so
   * anything holding its own driver or session from an older generation must open a new one.
   */
  get generation(): number {
    return this._generation;
  }

  /** The embedded Java process id (undefined for an external database); tests kill it. */
  get embeddedPid(): number | undefined {
    return this.embedded?.pid;
  }

  /** Calls the listener after each restart, once the new database answers; returns the unsubscribe. */
  onRestart(listener: (event: RestartEvent) => void): () => void {
    this.events.on('restart', listener);
    return () => {
      this.events.off('restart', listener);
    };
  }

  /** What supervision knows, for the health route (external mode: up or down, never restarting). */
  status(): SupervisionStatus {
    return {
      state: this.state,
      restarts: this.restarts,
      lastExit: this.lastExit,
      lastRestartMs: this.lastRestartMs,
      upSince: this.state === 'up' ? this.upSince.toISOString() : null,
    };
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  private async run<T>(mode: SessionMode, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const generation = this._generation;
    const session = this.session(mode);
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw this.explainLost(error, generation);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Waits until the full-text name index has caught up with every committed write (it is updated in
   * the background, see migrations.ts): after this, search finds what the caller just wrote.
   */
  async awaitSearchIndex(): Promise<void> {
    await this.read((tx) => tx.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()'));
  }

  /**
   * A session for work that manages its own transactions (batched imports, read-only console).
   * Throws DatabaseUnavailableError while embedded Neo4j restarts: a session of the dead driver would
   * only fail later with a less clear error.
   */
  session(mode: SessionMode): Session {
    this.assertUsable();
    return this.driver.session({ database: this.current.info.database, defaultAccessMode: mode });
  }

  async serverVersion(): Promise<string> {
    this.assertUsable();
    const generation = this._generation;
    try {
      const info = await this.driver.getServerInfo({ database: this.current.info.database });
      return info.agent?.replace(/^Neo4j\//, '') ?? 'unknown';
    } catch (error) {
      throw this.explainLost(error, generation);
    }
  }

  /**
   * Whether a trivial read answers within timeoutMs: one attempt, no driver retries (which would wait
   * up to 30 s for a server that is gone).
   */
  async ping(timeoutMs = 3_000): Promise<boolean> {
    if (this.state !== 'up') return false;
    const session = this.driver.session({ database: this.current.info.database, defaultAccessMode: 'READ' });
    try {
      await withTimeout(session.run('RETURN 1', {}, { timeout: timeoutMs }), timeoutMs);
      return true;
    } catch {
      return false;
    } finally {
      void session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    this.state = 'down';
    clearTimeout(this.restartTimer);
    clearTimeout(this.stableTimer);
    this.events.removeAllListeners();
    await this.driver.close();
    await this.embedded?.stop();
  }

  private assertUsable(): void {
    if (this.state !== 'up') throw this.unavailable();
  }

  private unavailable(): DatabaseUnavailableError {
    return this.state === 'down'
      ? new DatabaseUnavailableError('The database is closed', '数据库已关闭')
      : new DatabaseUnavailableError(
          'The database stopped unexpectedly and is restarting; try again in a few seconds',
          '数据库意外停止，正在重启，请稍后再试',
        );
  }

  /**
   * Work that failed because embedded Neo4j died under it (the old driver's "pool is closed", a lost
   * connection) is the restart, said plainly; other failures pass through unchanged.
   */
  private explainLost(error: unknown, generation: number): unknown {
    if (!this.embedded) return error;
    // A lost connection while the process is up stays the driver's error (503 "not reachable").
    return this.state !== 'up' || generation !== this._generation ? this.unavailable() : error;
  }

  private supervise(embedded: EmbeddedNeo4j): void {
    embedded.onExit((exit) => this.onEmbeddedExit(embedded, exit));
    clearTimeout(this.stableTimer);
    this.stableTimer = setTimeout(() => {
      this.delayMs = SUPERVISION.firstDelayMs;
    }, SUPERVISION.stableAfterMs);
    this.stableTimer.unref();
  }

  private onEmbeddedExit(embedded: EmbeddedNeo4j, exit: EmbeddedExit): void {
    if (this.closing || embedded !== this.embedded) return;
    clearTimeout(this.stableTimer);
    this.state = 'restarting';
    this.lastExit = { at: exit.at.toISOString(), reason: exit.reason, code: exit.code, signal: exit.signal };
    logger.error(
      { exitCode: exit.code, signal: exit.signal, stderr: exit.stderrTail, neo4jPid: embedded.pid, restartInMs: this.delayMs },
      `embedded Neo4j died (${exit.reason}); restarting it / 嵌入式 Neo4j 意外退出，正在重启`,
    );
    const dead = this.driver;
    void dead.close().catch(() => undefined);
    this.scheduleRestart(exit.at.getTime());
  }

  private scheduleRestart(diedAt: number): void {
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, SUPERVISION.maxDelayMs);
    this.restartTimer = setTimeout(() => void this.restart(diedAt), delay);
    this.restartTimer.unref();
  }

  private async restart(diedAt: number): Promise<void> {
    const config = this.embeddedConfig;
    if (!config || this.closing) return;
    const previousPort = this.embedded?.port ?? config.port;
    let started: EmbeddedNeo4j | undefined;
    try {
      // The same port keeps the URI analysts were shown; a port picked for us (0) that someone took
      // meanwhile is given up for a new free one.
      try {
        started = await startEmbeddedNeo4j({ ...config, port: previousPort });
      } catch (error) {
        if (!(error instanceof EmbeddedStartError && error.failure === 'port_taken' && config.port === 0)) throw error;
        started = await startEmbeddedNeo4j({ ...config, port: 0 });
      }
      const driver = createDriver(started.uri, this.current.info.user, started.password);
      try {
        await verify(driver, { ...this.current.info, boltUri: started.uri });
      } catch (error) {
        await driver.close();
        throw error;
      }
      if (this.closing) {
        await driver.close();
        await started.stop();
        return;
      }
      this.embedded = started;
      this.driver = driver;
      this.current.info.boltUri = started.uri;
      this.current.password = started.password;
      this.state = 'up';
      this.upSince = new Date();
      this.restarts += 1;
      this._generation += 1;
      this.lastRestartMs = Date.now() - diedAt;
      this.supervise(started);
      logger.info(
        { uri: started.uri, neo4jPid: started.pid, restarts: this.restarts, downMs: this.lastRestartMs },
        'embedded Neo4j restarted / 嵌入式 Neo4j 已重启',
      );
      this.events.emit('restart', { generation: this._generation, connection: this.connection() } satisfies RestartEvent);
    } catch (error) {
      await started?.stop().catch(() => undefined);
      if (this.closing) return;
      logger.error({ err: error, retryInMs: this.delayMs }, 'embedded Neo4j did not restart; trying again / 嵌入式 Neo4j 重启失败，将再次尝试');
      this.scheduleRestart(diedAt);
    }
  }
}

function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Counts and orders fit in a double; numbers come back as plain JS numbers.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    maxConnectionPoolSize: 50,
    userAgent: 'innochain/0.1',
  });
}

async function verify(driver: Driver, info: DatabaseInfo): Promise<void> {
  try {
    await withTimeout(driver.verifyAuthentication(), CONNECT_TIMEOUT_MS);
    await withTimeout(driver.getServerInfo({ database: info.database }), CONNECT_TIMEOUT_MS);
  } catch (error) {
    throw new DatabaseConnectError(explainConnectError(error, info));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Classifies by the driver's error code, never by message text. */
function explainConnectError(error: unknown, info: DatabaseInfo): string {
  const code = neo4jErrorCode(error) ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return `Neo4j at ${info.boltUri} refused the login for user "${info.user}": check NEO4J_USER and NEO4J_PASSWORD. / Neo4j 拒绝登录，请检查用户名和密码。`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `Neo4j at ${info.boltUri} has no database "${info.database ?? ''}": check NEO4J_DATABASE. / 数据库不存在。`;
  }
  return `Cannot reach Neo4j at ${info.boltUri} (${code || message}): check NEO4J_URI and that the server is running. / 无法连接 Neo4j。`;
}
