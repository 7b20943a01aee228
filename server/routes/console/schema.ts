import { z } from 'zod';
import { CyElement } from '../../../graph/model';
import { SavedQueryDto } from '../../services/console';

const ParamName = z.string().regex(/^[A-Za-z_]\w{0,63}$/, 'must be a Cypher parameter name (参数名须为字母、数字或下划线)');
const Params = z.record(ParamName, z.json()).describe('Query parameters: $name in the query');
const Cypher = z.string().min(1).max(100_000);

export const ConsoleQueryBody = z
  .object({
    cypher: Cypher,
    params: Params.default({}),
    limit: z.number().int().min(1).optional().describe('Rows to return at most (capped by the server)'),
  })
  .strict();

export const ConsoleFormatQuery = z
  .object({ format: z.enum(['json', 'csv', 'xlsx']).default('json').describe('json (table + graph) or a csv/xlsx download') })
  .strict();

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

export const SavedParams = z.object({ id: z.uuid() });

export const CreateSavedBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    description: z.string().trim().max(1000).nullable().optional(),
    cypher: Cypher,
    params: Params.optional(),
  })
  .strict();

export const UpdateSavedBody = CreateSavedBody.partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change (至少修改一项)' });

export const SavedList = z.object({ items: z.array(SavedQueryDto) });
export const SavedBody = z.object({ query: SavedQueryDto });
