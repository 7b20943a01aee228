// Schema migrations: constraints and indexes, each statement idempotent (IF NOT EXISTS), run at every start.
import type { Session, SessionMode } from 'neo4j-driver';
import { NODE_LABELS } from '../model';

/** Whatever opens sessions (the Database); structural, so this module does not import database.ts. */
export interface SessionSource {
  session(mode: SessionMode): Session;
}

/** Every node also carries :Entity, so ids are unique across the whole graph and one lookup finds any node. */
export const ENTITY_LABEL = 'Entity';
export const NAME_INDEX = 'entity_names';

export function migrationStatements(): string[] {
  const perLabel = NODE_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  return [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    ...perLabel,
    'CREATE INDEX chainlink_industry IF NOT EXISTS FOR (n:ChainLink) ON (n.industryId)',
    'CREATE INDEX industry_tier IF NOT EXISTS FOR (n:Industry) ON (n.tier)',
    `CREATE INDEX entity_source IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.sourceKind)`,
    NAME_INDEX_STATEMENT,
    ...BOOKKEEPING_STATEMENTS,
  ];
}

/**
 * The product's own bookkeeping nodes (users, sessions, audit entries, saved queries, import jobs;
 * see server/auth/schema.ts): none carries :Entity, so they need their own keys.
 */
const BOOKKEEPING_STATEMENTS = [
  'CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE',
  'CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE',
  'CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.username)',
  'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)',
  // The log filtered by target, and the names of deleted nodes looked up in their delete entries.
  'CREATE INDEX audit_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId)',
  'CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.id IS UNIQUE',
  'CREATE INDEX saved_query_owner IF NOT EXISTS FOR (q:SavedQuery) ON (q.owner)',
  'CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE',
  'CREATE INDEX import_job_key IF NOT EXISTS FOR (j:ImportJob) ON (j.key)',
  // The history store (server/history): revisions read by time, and by fact for a node's own history.
  'CREATE INDEX revision_at IF NOT EXISTS FOR (v:Revision) ON (v.atMs)',
  'CREATE INDEX revision_node IF NOT EXISTS FOR (v:Revision) ON (v.nodeId)',
  'CREATE CONSTRAINT history_start_id IF NOT EXISTS FOR (h:HistoryStart) REQUIRE h.id IS UNIQUE',
  // Cases (server/cases): one per gap and scope, so a second opening of the same gap fails to commit.
  'CREATE CONSTRAINT gap_case_id IF NOT EXISTS FOR (c:GapCase) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT gap_case_key IF NOT EXISTS FOR (c:GapCase) REQUIRE c.key IS UNIQUE',
];

/**
 * When the history store began recording (the first start of a version that records): the graph as of
 * any earlier moment is unknown, so as-of reads refuse it. A bulk-loaded store starts here too.
 */
export const START_HISTORY = `
MERGE (h:HistoryStart {id: 'history'})
ON CREATE SET h.atMs = datetime.realtime().epochMillis`;

/**
 * CJK analyzer: bigrams for Chinese, word tokens (lower-cased) for English. Eventually consistent: the
 * index is updated by a background thread after each commit instead of inside it, so a write batch does
 * not wait for it (a 5,000-firm import batch took about twice as long with it inside the commit; the
 * work moves to another thread, it does not go away). Writers that must find their own changes by name
 * call Database.awaitSearchIndex() after committing.
 */
/** Names and aliases (lists of text, which full-text indexes take item by item since Neo4j 5). */
export const NAME_INDEX_PROPERTIES = ['nameZh', 'nameEn', 'id', 'aliasesZh', 'aliasesEn'] as const;
const NAME_INDEX_STATEMENT =
  `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [${NAME_INDEX_PROPERTIES.map((p) => `n.${p}`).join(', ')}] ` +
  "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } }";

/**
 * Databases made before the index was eventually consistent, or before it held aliases: rebuilt once,
 * with the current setting and properties (IF NOT EXISTS would keep the old index as it is).
 */
const OUTDATED_NAME_INDEX = `
SHOW FULLTEXT INDEXES YIELD name, options, properties
WHERE name = $name AND (options.indexConfig['fulltext.eventually_consistent'] <> true OR any(p IN $properties WHERE NOT p IN properties))
RETURN name`;

export async function applyMigrations(db: SessionSource): Promise<void> {
  const session = db.session('WRITE');
  try {
    const outdated = await session.run(OUTDATED_NAME_INDEX, { name: NAME_INDEX, properties: [...NAME_INDEX_PROPERTIES] });
    if (outdated.records.length > 0) await session.run(`DROP INDEX ${NAME_INDEX}`);
    // Schema commands cannot share a transaction with each other: one auto-commit statement each.
    for (const statement of migrationStatements()) {
      await session.run(statement);
    }
    await session.run('CALL db.awaitIndexes(120)');
    await session.run(START_HISTORY);
  } finally {
    await session.close();
  }
}
