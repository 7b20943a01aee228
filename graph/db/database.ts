// The one module that owns the neo4j-driver Driver: one per process, closed on shutdown. In embedded
// mode a Supervisor (supervisor.ts) restarts Neo4j when it dies and swaps in a fresh driver; callers
// get DatabaseUnavailableError (503) meanwhile instead of hanging.
import type { ManagedTransaction, Session, SessionMode } from 'neo4j-driver';
import { databaseConfigFromEnv, type DatabaseConfig } from './config';
import { createDriver, verify, withTimeout, type DatabaseConnection, type DatabaseInfo } from './driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';
import { DatabaseUnavailableError } from './errors';
import { applyMigrations } from './migrations';
import { Supervisor, type RestartEvent, type SupervisionStatus } from './supervisor';

export { DatabaseConnectError, type DatabaseConnection, type DatabaseInfo } from './driver';
export { DatabaseUnavailableError } from './errors';
export type { DatabaseState, LastExit, RestartEvent, SupervisionStatus } from './supervisor';

export class Database {
  private constructor(private readonly supervisor: Supervisor) {}

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
    const live = { driver: createDriver(uri, user, password), info, password, embedded };
    const db = new Database(new Supervisor(live, config.mode === 'embedded' ? config : undefined));
    try {
      await verify(live.driver, info);
      await applyMigrations(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return db;
  }

  get info(): DatabaseInfo {
    return this.supervisor.live.info;
  }

  /**
   * The credentials of the database as it is now, for code that opens its own driver (the console's
   * worker thread). They change when embedded Neo4j restarts on another port: listen with onRestart().
   */
  connection(): DatabaseConnection {
    return this.supervisor.connection();
  }

  /**
   * Counts restarts of embedded Neo4j: each one brings a new driver (and maybe a new URI), so
   * anything holding its own driver or session from an older generation must open a new one.
   */
  get generation(): number {
    return this.supervisor.generation;
  }

  /** The embedded Java process id (undefined for an external database); tests kill it. */
  get embeddedPid(): number | undefined {
    return this.supervisor.live.embedded?.pid;
  }

  /** Calls the listener after each restart, once the new database answers; returns the unsubscribe. */
  onRestart(listener: (event: RestartEvent) => void): () => void {
    return this.supervisor.onRestart(listener);
  }

  /** What supervision knows, for the health route (external mode: up or down, never restarting). */
  status(): SupervisionStatus {
    return this.supervisor.status();
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  private async run<T>(mode: SessionMode, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const generation = this.supervisor.generation;
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
    return this.supervisor.live.driver.session({ database: this.info.database, defaultAccessMode: mode });
  }

  async serverVersion(): Promise<string> {
    this.assertUsable();
    const generation = this.supervisor.generation;
    try {
      const info = await this.supervisor.live.driver.getServerInfo({ database: this.info.database });
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
    if (this.supervisor.state !== 'up') return false;
    const session = this.supervisor.live.driver.session({ database: this.info.database, defaultAccessMode: 'READ' });
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
    await this.supervisor.close();
  }

  private assertUsable(): void {
    if (this.supervisor.state !== 'up') throw this.unavailable();
  }

  private unavailable(): DatabaseUnavailableError {
    return this.supervisor.state === 'down'
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
    if (!this.supervisor.live.embedded) return error;
    // A lost connection while the process is up stays the driver's error (503 "not reachable").
    return this.supervisor.state !== 'up' || generation !== this.supervisor.generation ? this.unavailable() : error;
  }
}
