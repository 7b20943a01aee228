// The product's own bookkeeping nodes. None carries :Entity and none has relationships, so they never
// appear in the knowledge graph, its search, exports, or anything reached by walking relationships.
// Their constraints and indexes are migrations, applied at start (graph/db/migrations.ts).
export const INTERNAL_LABELS = ['User', 'Session', 'AuditEntry', 'SavedQuery', 'ImportJob', 'Revision', 'HistoryStart', 'GapCase'] as const;
export type InternalLabel = (typeof INTERNAL_LABELS)[number];
