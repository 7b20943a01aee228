// The product's own bookkeeping nodes. None carries :Entity and none has relationships, so they never
// appear in the knowledge graph, its search, exports, or anything reached by walking relationships.
import type { Database } from '../../graph/db/database';

export const INTERNAL_LABELS = ['User', 'Session', 'AuditEntry', 'SavedQuery', 'ImportJob'] as const;
export type InternalLabel = (typeof INTERNAL_LABELS)[number];

const STATEMENTS = [
  'CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE',
  'CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE',
  'CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.username)',
  'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)',
  'CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.id IS UNIQUE',
  'CREATE INDEX saved_query_owner IF NOT EXISTS FOR (q:SavedQuery) ON (q.owner)',
  'CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE',
  'CREATE INDEX import_job_key IF NOT EXISTS FOR (j:ImportJob) ON (j.key)',
];

const ensured = new WeakMap<Database, Promise<void>>();

/** Creates the constraints once per Database object (idempotent statements, run at first use). */
export function ensureSecuritySchema(db: Database): Promise<void> {
  let pending = ensured.get(db);
  if (!pending) {
    pending = applyStatements(db).catch((error: unknown) => {
      ensured.delete(db);
      throw error;
    });
    ensured.set(db, pending);
  }
  return pending;
}

async function applyStatements(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    // Schema commands cannot share a transaction: one auto-commit statement each.
    for (const statement of STATEMENTS) await session.run(statement);
  } finally {
    await session.close();
  }
}
