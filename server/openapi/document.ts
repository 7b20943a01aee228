// Builds the OpenAPI 3.1 document from each resource's operation list (zod → JSON Schema 2020-12).
import { z } from 'zod';
import { ApiErrorBody } from '../../graph/model';
import type { OperationSpec } from './operation';
import { operations as graphOperations } from '../routes/graph/openapi';
import { operations as healthOperations } from '../routes/health/openapi';
import { operations as chainOperations } from '../routes/chains/openapi';
import { operations as partnerOperations } from '../routes/partners/openapi';
import { operations as gapOperations } from '../routes/gaps/openapi';
import { operations as questionOperations } from '../routes/questions/openapi';
import { operations as entityOperations } from '../routes/entities/openapi';
import { operations as searchOperations } from '../routes/search/openapi';
import { operations as exchangeOperations } from '../routes/exchange/openapi';
import { operations as briefingOperations } from '../routes/briefings/openapi';
import { operations as authOperations } from '../routes/auth/openapi';
import { operations as userOperations } from '../routes/users/openapi';
import { operations as auditOperations } from '../routes/audit/openapi';
import { operations as editOperations } from '../routes/edit/openapi';
import { operations as importOperations } from '../routes/import/openapi';
import { operations as consoleOperations } from '../routes/console/openapi';

/** Every resource's operations; a new resource adds its list here. */
export const ALL_OPERATIONS: OperationSpec[] = [
  ...healthOperations,
  ...graphOperations,
  ...chainOperations,
  ...partnerOperations,
  ...gapOperations,
  ...questionOperations,
  ...entityOperations,
  ...searchOperations,
  ...exchangeOperations,
  ...briefingOperations,
  ...authOperations,
  ...userOperations,
  ...auditOperations,
  ...editOperations,
  ...importOperations,
  ...consoleOperations,
];

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
}

function parameters(schema: z.ZodObject | undefined, location: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    return {
      name,
      in: location,
      required: location === 'path' || !fieldSchema.safeParse(undefined).success,
      description: fieldSchema.description,
      schema: jsonSchema(fieldSchema, 'input'),
    };
  });
}

export function buildOpenApiDocument(operations: OperationSpec[] = ALL_OPERATIONS): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? { content: { 'application/json': { schema: jsonSchema(response.schema, 'output') } } }
          : response.contentType
            ? { content: { [response.contentType]: {} } }
            : {}),
      };
    }
    responses['400'] ??= { description: 'Invalid input: each field and reason, in English and Chinese', content: { 'application/json': { schema: jsonSchema(ApiErrorBody, 'output') } } };
    (paths[op.path] ??= {})[op.method] = {
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query')],
      ...(op.body
        ? { requestBody: { required: true, content: { [op.bodyContentType ?? 'application/json']: { schema: jsonSchema(op.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'innochain API · 产业创新链知识图谱接口',
      version: '0.1.0',
      description: 'Industry innovation-chain knowledge graph of Nantong: entities, chains, gaps, briefings.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}
