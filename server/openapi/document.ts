// Builds the OpenAPI 3.1 document from each feature's operation list (zod → JSON Schema 2020-12).
import type { z } from 'zod';
import { ApiErrorBody } from '../../graph/model';
import { accessResponses } from './access';
import { accessPolicy, type AccessPolicy } from '../auth/policy';
import type { Feature } from '../feature';
import type { ResponseSpec } from './operation';
import { SchemaComponents } from './schemas';
function errorContent(components: SchemaComponents): Record<string, unknown> {
  return { 'application/json': { schema: components.convert(ApiErrorBody, 'output') } };
}

function parameters(components: SchemaComponents, schema: z.ZodObject | undefined, location: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    return {
      name,
      in: location,
      required: location === 'path' || !fieldSchema.safeParse(undefined).success,
      description: fieldSchema.description,
      schema: components.convert(fieldSchema, 'input'),
    };
  });
}

/** "text/csv; charset=utf-8" is served; the document keys media types without parameters. */
function mediaType(contentType: string): string {
  return contentType.split(';')[0]?.trim() ?? contentType;
}

/** "get /api/industries/{id}/chain" → "getIndustriesByIdChain": stable, unique, and what links refer to. */
export function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((part) => (part.startsWith('{') ? `By${part.slice(1, -1)}` : part))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1));
  return method + words.join('');
}

function responseObject(components: SchemaComponents, response: ResponseSpec): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  if (response.schema) content['application/json'] = { schema: components.convert(response.schema, 'output') };
  for (const file of response.files ?? []) content[mediaType(file)] = {};
  const links = Object.entries(response.links ?? {}).map(([name, link]) => [name, { operationId: operationId(link.method, link.path), parameters: link.parameters }]);
  return {
    description: response.description,
    ...(Object.keys(content).length > 0 ? { content } : {}),
    ...(links.length > 0 ? { links: Object.fromEntries(links) } : {}),
  };
}

/** The document of the given features: their operations, and the 401/403 their policy rows imply. */
export function buildOpenApiDocument(features: readonly Feature[]): Record<string, unknown> {
  const operations = features.flatMap((feature) => feature.operations);
  const policy: AccessPolicy = accessPolicy(features.flatMap((feature) => feature.policy));
  const components = new SchemaComponents();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) responses[status] = responseObject(components, response);
    responses['400'] ??= { description: 'Invalid input: each field and reason, in English and Chinese', content: errorContent(components) };
    for (const [status, description] of Object.entries(accessResponses(op, policy))) {
      if (description) responses[status] ??= { description, content: errorContent(components) };
    }
    (paths[op.path] ??= {})[op.method] = {
      operationId: operationId(op.method, op.path),
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters: [...parameters(components, op.params, 'path'), ...parameters(components, op.query, 'query')],
      ...(op.body
        ? { requestBody: { required: true, content: { [op.bodyContentType ?? 'application/json']: { schema: components.convert(op.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'innochain API · 产业创新链知识图谱接口',
      version: '0.1.0',
      description: 'Industry innovation-chain knowledge graph of Nantong: entities, chains, gaps, briefings.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: components.schemas },
  };
}
