// Reads how to reach Neo4j from the environment, once, into one object.
import path from 'node:path';

export interface ExternalDatabaseConfig {
  mode: 'external';
  /** bolt://, neo4j://, bolt+s://, neo4j+s:// … (Aura and clusters use neo4j+s:// routing). */
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined means the server's default database. */
  database: string | undefined;
}

export interface EmbeddedDatabaseConfig {
  mode: 'embedded';
  /** Folder holding the embedded store, logs and the generated password. */
  dataDir: string;
  /** Bolt port; 0 picks a free one. */
  port: number;
  /** NEO4J_PASSWORD if set; otherwise the launcher generates one and keeps it in dataDir. */
  password: string | undefined;
  /** Java heap for the embedded database, e.g. "768m". */
  heap: string;
}

export type DatabaseConfig = ExternalDatabaseConfig | EmbeddedDatabaseConfig;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DatabaseConfig {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
      throw new ConfigError(
        `NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s:// (got "${uri}") / NEO4J_URI 协议无效`,
      );
    }
    const password = env.NEO4J_PASSWORD;
    if (!password) {
      throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not / 已设置 NEO4J_URI，但缺少 NEO4J_PASSWORD');
    }
    return {
      mode: 'external',
      uri,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password,
      database: env.NEO4J_DATABASE?.trim() || undefined,
    };
  }
  const portText = env.NEO4J_BOLT_PORT?.trim() || '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`NEO4J_BOLT_PORT must be a port number 0-65535 (got "${portText}") / 端口无效`);
  }
  return {
    mode: 'embedded',
    dataDir: path.resolve(cwd, env.NEO4J_DATA_DIR?.trim() || 'data/neo4j'),
    port,
    password: env.NEO4J_PASSWORD || undefined,
    heap: env.NEO4J_HEAP?.trim() || '768m',
  };
}
