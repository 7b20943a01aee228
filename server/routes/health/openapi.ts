import { z } from 'zod';
import type { OperationSpec } from '../../openapi/operation';

export const HealthBody = z.object({
  status: z.literal('ok'),
  database: z.object({
    mode: z.enum(['embedded', 'external']),
    version: z.string(),
    boltUri: z.string(),
    name: z.string().nullable(),
  }),
  counts: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
});

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'system',
    summary: 'Database mode, Neo4j version and graph size / 数据库状态',
    responses: { 200: { description: 'Healthy', schema: HealthBody } },
  },
];
