import { describe, expect, it } from 'vitest';
import { ConfigError, databaseConfigFromEnv } from '../../graph/db/config';

describe('databaseConfigFromEnv', () => {
  it('defaults to embedded Neo4j in ./data/neo4j on a free port', () => {
    const config = databaseConfigFromEnv({}, '/srv/app');
    expect(config).toMatchObject({ mode: 'embedded', dataDir: '/srv/app/data/neo4j', port: 0 });
  });

  it('honours NEO4J_DATA_DIR and NEO4J_BOLT_PORT', () => {
    const config = databaseConfigFromEnv({ NEO4J_DATA_DIR: 'var/db', NEO4J_BOLT_PORT: '7688' }, '/srv/app');
    expect(config).toMatchObject({ mode: 'embedded', dataDir: '/srv/app/var/db', port: 7688 });
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const config = databaseConfigFromEnv({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'analyst',
      NEO4J_PASSWORD: 'secret-pass',
      NEO4J_DATABASE: 'innochain',
    });
    expect(config).toEqual({
      mode: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'analyst',
      password: 'secret-pass',
      database: 'innochain',
    });
  });

  it('rejects an external URI without a password, or with a wrong scheme, naming the variable', () => {
    expect(() => databaseConfigFromEnv({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD/);
    expect(() => databaseConfigFromEnv({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(ConfigError);
  });

  it('rejects a bad port', () => {
    expect(() => databaseConfigFromEnv({ NEO4J_BOLT_PORT: '99999' })).toThrow(/NEO4J_BOLT_PORT/);
  });
});
