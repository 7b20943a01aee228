// Wire shapes of the editing, import, console and admin endpoints. Their zod schemas live with the
// server (server/routes/*/schema.ts, server/services/*), which the browser bundle may not import, so
// the client states here the parts it reads. Keep in step with those schemas.
import type { EntityDto, NodeLabel, RelationshipDto } from '../../../graph/model';

export type Role = 'viewer' | 'analyst' | 'editor' | 'admin';

/** GET /api/edit/nodes/:id and the answer to a create or update. */
export interface NodeView {
  node: EntityDto;
  version: number;
}

export interface RelationshipView {
  relationship: RelationshipDto;
  version: number;
}

export interface NeighbourRef {
  id: string;
  label: NodeLabel;
  nameZh: string;
  nameEn: string;
  illustrative: boolean;
}

/** GET /api/edit/nodes/:id/delete-preview */
export interface DeletePreview extends NodeView {
  relationships: { type: string; direction: 'out' | 'in'; other: NeighbourRef; sourceKind: string | null; sourceRef: string | null }[];
  total: number;
  blockedBy: { id: string; label: NodeLabel; property: string }[];
}

/** GET /api/edit/schema (only what the client reads). */
export interface EditSchema {
  relationships: { type: string; followsProperty: string | null }[];
}

// ---- import

export interface ImportColumn {
  name: string;
  nameZh: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'list';
  required: boolean;
  values?: string[];
  min?: number;
  max?: number;
  format?: string;
}

export interface ImportTemplate {
  name: string;
  kind: 'node' | 'relationship';
  nameZh: string;
  nameEn: string;
  columns: ImportColumn[];
  from?: string[];
  to?: string[];
  downloads: { csv: string; xlsx: string };
}

export interface RowError {
  row: number | null;
  column: string | null;
  reason: string;
  reasonZh: string;
}

export interface ImportCounts {
  create: number;
  update: number;
  link: number;
}

export interface DryRunReport {
  dryRun: true;
  target: { kind: 'node' | 'relationship'; name: string };
  fileName: string;
  format: 'csv' | 'xlsx';
  bytes: number;
  rows: number;
  valid: boolean;
  errors: RowError[];
  errorCount: number;
  counts: ImportCounts;
}

export type JobStatus = 'validating' | 'writing' | 'done' | 'rejected' | 'failed' | 'interrupted';

export interface ImportJob {
  id: string;
  status: JobStatus;
  target: { kind: 'node' | 'relationship'; name: string };
  fileName: string;
  format: 'csv' | 'xlsx';
  bytes: number;
  rowsTotal: number | null;
  rowsValidated: number;
  rowsWritten: number;
  batchesDone: number;
  batchesTotal: number | null;
  planned: ImportCounts | null;
  written: ImportCounts;
  errors: RowError[];
  errorCount: number;
  username: string;
  startedAt: string;
  finishedAt: string | null;
  message: { en: string; zh: string } | null;
}

// ---- console

export type { ConsoleCell, ConsoleLimits, ConsoleResult } from '../../../graph/model';

export interface SavedQuery {
  id: string;
  name: string;
  description: string | null;
  cypher: string;
  params: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

// ---- admin

export interface UserDto {
  username: string;
  role: Role;
  displayName: string | null;
  disabled: boolean;
  createdAt: string | null;
  updatedAt: string | null;
  lastLoginAt: string | null;
}

export { AUDIT_ACTIONS, AUDIT_TARGET_KINDS } from '../../../graph/model';
export type { AuditAction, AuditEntryDto as AuditEntry } from '../../../graph/model';

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}
