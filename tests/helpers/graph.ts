// Connects tests to the run's throwaway Neo4j and gives each test file a clean graph.
import { inject } from 'vitest';
import { Database } from '../../graph/db/database';
import { START_HISTORY } from '../../graph/db/migrations';

/**
 * This worker's Neo4j. Workers running at the same time have different VITEST_POOL_ID values (1..max),
 * so two files never share a graph.
 */
export function testNeo4j(): { uri: string; password: string } {
  const instances = inject('neo4j');
  const index = (Number(process.env.VITEST_POOL_ID ?? 1) - 1) % instances.length;
  const instance = instances[index];
  if (!instance) throw new Error('no test Neo4j was provided (tests/helpers/globalNeo4j.ts)');
  return instance;
}

export async function openTestDatabase(): Promise<Database> {
  const { uri, password } = testNeo4j();
  return Database.open({ mode: 'external', uri, user: 'neo4j', password, database: undefined });
}

/**
 * Deletes every node and relationship (schema stays), and starts the history store afresh, as a new
 * database would. Only ever called on the test database.
 */
export async function wipeGraph(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await session.run(START_HISTORY);
  } finally {
    await session.close();
  }
}

/**
 * For hand-built graphs that test one city's rules and leave out what makes an industry and a holder
 * that city's: every Industry not key to any region becomes a key industry of `cityId`, every 六个一
 * holder (an organisation that LEADS, SERVES or INVESTS_IN an industry, or a platform or institute
 * covering a link)
 * located nowhere is located in it, and every plan applying nowhere applies to it. Other organisations
 * keep no location, so what the chain rules count as outside stays outside. Graphs that test scopes
 * (two cities, counties) state all of these themselves.
 */
export const HOME_CITY_DEFAULTS = `
MATCH (city:Region {id: $cityId})
CALL (city) {
  MATCH (i:Industry) WHERE NOT (i)-[:KEY_INDUSTRY_OF]->() AND NOT (i)-[:SUBSECTOR_OF]->()
  MERGE (i)-[r:KEY_INDUSTRY_OF]->(city) SET r.sourceKind = 'document', r.sourceRef = 'test'
}
CALL (city) {
  MATCH (h) WHERE (EXISTS { (h)-[:LEADS|SERVES|INVESTS_IN]->(:Industry) } OR EXISTS { (h:Platform|Institute)-[:COVERS]->(:ChainLink) })
    AND NOT (h)-[:LOCATED_IN]->()
  MERGE (h)-[r:LOCATED_IN]->(city) SET r.sourceKind = 'document', r.sourceRef = 'test'
}
CALL (city) {
  MATCH (p:Plan) WHERE NOT (p)-[:APPLIES_TO]->()
  MERGE (p)-[r:APPLIES_TO]->(city) SET r.sourceKind = 'document', r.sourceRef = 'test'
}`;

/** Runs HOME_CITY_DEFAULTS for `cityId` (nantong unless told). */
export async function placeInHomeCity(db: Database, cityId = 'nantong'): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(HOME_CITY_DEFAULTS, { cityId });
  });
}

/** A name and a source for every node without one: hand-built graphs state only what they test. */
export const NAMED_AND_SOURCED = `
MATCH (n:Entity)
SET n.nameZh = coalesce(n.nameZh, n.id + '（中）'), n.nameEn = coalesce(n.nameEn, n.id),
    n.sourceKind = coalesce(n.sourceKind, 'document'), n.sourceRef = coalesce(n.sourceRef, 'test')`;

/**
 * Builds a hand-made graph in one transaction: its Cypher, NAMED_AND_SOURCED, then HOME_CITY_DEFAULTS for
 * `homeCity` (null for graphs that place everything themselves, such as those testing scopes).
 */
export async function buildGraph(db: Database, cypher: string, homeCity: string | null = 'nantong'): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(cypher);
    await tx.run(NAMED_AND_SOURCED);
    if (homeCity !== null) await tx.run(HOME_CITY_DEFAULTS, { cityId: homeCity });
  });
}
