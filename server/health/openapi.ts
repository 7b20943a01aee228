import { z } from 'zod';
import { ApiErrorBody } from '../../graph/model';
import type { OperationSpec } from '../openapi/operation';

/** What administrators see: where the database is, and what supervision did (graph/db/database.ts). */
export const HealthDatabase = z.object({
  mode: z.enum(['embedded', 'external']),
  /** up: answering; restarting: embedded Neo4j died and is being started again; down: not answering. */
  state: z.enum(['up', 'restarting', 'down']),
  version: z.string().nullable(),
  boltUri: z.string(),
  name: z.string().nullable(),
  /** Restarts of embedded Neo4j since npm start (always 0 for an external one: its driver reconnects by itself). */
  restarts: z.number().int(),
  lastExit: z
    .object({ at: z.string(), reason: z.string(), code: z.number().int().nullable(), signal: z.string().nullable() })
    .nullable(),
  /** From the death to the restarted database answering, for the last restart. */
  lastRestartMs: z.number().int().nullable(),
  upSince: z.string().nullable(),
});

export const HealthPublicBody = z.object({ status: z.literal('ok') });

export const HealthAdminBody = z.object({
  status: z.literal('ok'),
  database: HealthDatabase,
  counts: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
});

export const HealthUnavailableBody = z.object({
  status: z.literal('unavailable'),
  error: ApiErrorBody.shape.error,
  /** Administrators only. */
  database: HealthDatabase.optional(),
});

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'system',
    summary: 'Whether the service and its database answer / 服务与数据库是否可用',
    description:
      'Anyone learns only whether the service is up. A logged-in administrator also gets the database mode, ' +
      'state, Bolt URI, Neo4j version, graph size and restart history. While the database is down a session ' +
      'cannot be checked, so a caller with a session cookie then gets the plain error body.',
    responses: {
      200: { description: 'Up (details for administrators)', schema: z.union([HealthAdminBody, HealthPublicBody]) },
      503: { description: 'The database does not answer, with the reason in English and Chinese', schema: z.union([HealthUnavailableBody, ApiErrorBody]) },
    },
  },
];
