// The one module that owns the neo4j-driver Driver: one per process, closed on shutdown.
import neo4j, { type Driver, type ManagedTransaction, type SessionMode } from 'neo4j-driver';
import { databaseConfigFromEnv, type DatabaseConfig } from './config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';
import { applyMigrations } from './migrations';

const CONNECT_TIMEOUT_MS = 20_000;

export class DatabaseConnectError extends Error {
  override name = 'DatabaseConnectError';
}

export interface DatabaseInfo {
  mode: 'embedded' | 'external';
  /** The Bolt URI an analyst can open in Neo4j Browser or cypher-shell. */
  boltUri: string;
  user: string;
  database: string | undefined;
}

export class Database {
  private constructor(
    private readonly driver: Driver,
    readonly info: DatabaseInfo,
    private readonly embedded: EmbeddedNeo4j | undefined,
  ) {}

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
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      // Counts and orders fit in a double; numbers come back as plain JS numbers.
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
      connectionTimeout: CONNECT_TIMEOUT_MS,
      maxConnectionPoolSize: 50,
      userAgent: 'innochain/0.1',
    });
    const database = config.mode === 'external' ? config.database : undefined;
    const db = new Database(driver, { mode: config.mode, boltUri: uri, user, database }, embedded);
    try {
      await db.verify();
      await applyMigrations(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return db;
  }

  private async verify(): Promise<void> {
    try {
      await withTimeout(this.driver.verifyAuthentication(), CONNECT_TIMEOUT_MS);
      await withTimeout(this.driver.getServerInfo({ database: this.info.database }), CONNECT_TIMEOUT_MS);
    } catch (error) {
      throw new DatabaseConnectError(explainConnectError(error, this.info));
    }
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  private async run<T>(mode: SessionMode, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.info.database, defaultAccessMode: mode });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /**
   * Waits until the full-text name index has caught up with every committed write (it is updated in
   * the background, see migrations.ts): after this, search finds what the caller just wrote.
   */
  async awaitSearchIndex(): Promise<void> {
    await this.read((tx) => tx.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()'));
  }

  /** A session for work that manages its own transactions (batched imports, read-only console). */
  session(mode: SessionMode) {
    return this.driver.session({ database: this.info.database, defaultAccessMode: mode });
  }

  async serverVersion(): Promise<string> {
    const info = await this.driver.getServerInfo({ database: this.info.database });
    return info.agent?.replace(/^Neo4j\//, '') ?? 'unknown';
  }

  async close(): Promise<void> {
    await this.driver.close();
    await this.embedded?.stop();
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
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return `Neo4j at ${info.boltUri} refused the login for user "${info.user}": check NEO4J_USER and NEO4J_PASSWORD. / Neo4j 拒绝登录，请检查用户名和密码。`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `Neo4j at ${info.boltUri} has no database "${info.database ?? ''}": check NEO4J_DATABASE. / 数据库不存在。`;
  }
  return `Cannot reach Neo4j at ${info.boltUri} (${code || message}): check NEO4J_URI and that the server is running. / 无法连接 Neo4j。`;
}
