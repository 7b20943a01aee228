import { z } from 'zod';
export { ConsoleLimitsBody, ConsoleResultBody, SavedQueryBody, SavedQueryList } from '../../graph/model';

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

