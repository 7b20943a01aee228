// The console's answers as the client reads them: one definition for the server (execute.ts,
// present.ts, saved.ts, the OpenAPI document) and the client (client/src/api/wire.ts).
import { z } from 'zod';
import { CyElement, type EntityDto, type RelationshipDto } from './api';

export type TaggedCell =
  | { $type: 'node'; node: EntityDto }
  | { $type: 'relationship'; relationship: RelationshipDto }
  | { $type: 'path'; nodes: EntityDto[]; relationships: RelationshipDto[] }
  | { $type: 'virtualNode'; labels: string[]; properties: Record<string, unknown> }
  | { $type: 'hidden' }
  /** A value alone over the value cap, left out; `bytes` is its estimated size, at least the cap. */
  | { $type: 'cut'; bytes: number };
export interface MapCell {
  [key: string]: ConsoleCell;
}
/** One cell of a console result: scalars, lists, maps, or a tagged graph value. */
export type ConsoleCell = null | boolean | number | string | ConsoleCell[] | TaggedCell | MapCell;

export const ConsoleResultBody = z.object({
  columns: z.array(z.string()),
  rows: z
    .array(z.array(z.unknown()))
    .describe('Cells: scalars, lists, maps, or {$type: "node", node: EntityDto} / {$type: "relationship", relationship: RelationshipDto} / {$type: "path", nodes, relationships}'),
  elements: z.array(CyElement),
  rowCount: z.number().int(),
  truncated: z.boolean().describe('Reading stopped before the end of the result'),
  cutBy: z.enum(['rows', 'bytes']).nullable().describe('The cap that stopped the reading: rows or bytes; null when all was read'),
  cutValues: z.number().int().describe('Cells replaced by {$type: "cut", bytes} because each alone was over the value cap'),
  elapsedMs: z.number(),
});

export const ConsoleLimitsBody = z.object({
  rowCap: z.number().int(),
  exportRowCap: z.number().int(),
  timeoutMs: z.number().int(),
  maxQueryLength: z.number().int(),
  maxDepth: z.number().int(),
  maxResponseBytes: z.number().int(),
  maxExportBytes: z.number().int(),
  maxValueBytes: z.number().int(),
  perUserConcurrency: z.number().int(),
  totalConcurrency: z.number().int(),
  workerHeapMb: z.number().int(),
  deadlineMarginMs: z.number().int(),
  allowedProcedures: z.array(z.string()),
  labels: z.array(z.string()),
});

/** Rows are typed by ConsoleCell (a recursive union the JSON schema describes in words). */
export type ConsoleResult = Omit<z.infer<typeof ConsoleResultBody>, 'rows'> & { rows: ConsoleCell[][] };
export type ConsoleLimits = z.infer<typeof ConsoleLimitsBody>;

/** A query a user saved for later; only its owner sees it. */
export const SavedQuery = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  cypher: z.string(),
  params: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedQuery = z.infer<typeof SavedQuery>;

export const SavedQueryBody = z.object({ query: SavedQuery });
export type SavedQueryBody = z.infer<typeof SavedQueryBody>;

export const SavedQueryList = z.object({ items: z.array(SavedQuery) });
export type SavedQueryList = z.infer<typeof SavedQueryList>;
