// Wire shapes of the editing, import, console and admin endpoints, as the views name them. Each is
// inferred from its zod schema in graph/model, the same one the server answers with and documents
// (the browser bundle may import graph/model: it holds no server code).
export type { DeletePreview, EditSchema, NeighbourRef, NodeView, RelationshipView } from '../../../graph/model';

export type {
  DryRunReport,
  ImportCounts,
  ImportJob,
  ImportJobBody,
  ImportTemplate,
  ImportTemplateList,
  RowError,
} from '../../../graph/model';

export type { ConsoleCell, ConsoleLimits, ConsoleResult, SavedQuery, SavedQueryBody, SavedQueryList } from '../../../graph/model';

export { ROLES } from '../../../graph/model';
export type { Role, UserDto, UserBody, UserList } from '../../../graph/model';

export { AUDIT_ACTIONS, AUDIT_TARGET_KINDS } from '../../../graph/model';
export type { AuditAction, AuditEntryDto as AuditEntry, Page } from '../../../graph/model';
