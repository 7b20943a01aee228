// Making a driver and proving it can log in: the connection settings, and errors that say which
// setting to check, classified by the driver's code.
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jErrorCode } from './errors';

const CONNECT_TIMEOUT_MS = 20_000;

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

export class DatabaseConnectError extends Error {
  override name = 'DatabaseConnectError';
}

export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Counts and orders fit in a double; numbers come back as plain JS numbers.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    maxConnectionPoolSize: 50,
    userAgent: 'innochain/0.1',
  });
}

/** Logs in and reaches the database, or throws DatabaseConnectError naming the setting to check. */
export async function verify(driver: Driver, info: DatabaseInfo): Promise<void> {
  try {
    await withTimeout(driver.verifyAuthentication(), CONNECT_TIMEOUT_MS);
    await withTimeout(driver.getServerInfo({ database: info.database }), CONNECT_TIMEOUT_MS);
  } catch (error) {
    throw new DatabaseConnectError(explainConnectError(error, info));
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
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
