// Request and response schemas of the entity read API. Responses are built from graph/model shapes.
import { z } from 'zod';
import { AsOfParam } from '../history/asOf';
import { queryInteger } from '../middleware/queryInteger';
import {
  EntityDto,
  FIELD_NAMES,
  INDUSTRY_TIERS,
  NODE_SCHEMAS,
  pageOf,
  Slug,
  SourceKind,
  type NodeLabel,
} from '../../graph/model';
import { filtersFor } from './filters';

/** Paging defaults and bounds, shared by every list. */
export const PAGING = {
  /** Items per page when `limit` is not given. */
  defaultLimit: 50,
  /** Largest page a client may ask for. */
  maxLimit: 500,
};

export const SORT_KEYS = ['id', 'nameZh', 'nameEn'] as const;

const common = {
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Name contains (Chinese or English, case-insensitive) / 名称包含'),
  sourceKind: SourceKind.optional().describe(`Provenance kind / ${FIELD_NAMES.sourceKind.zh}`),
  sort: z
    .enum(SORT_KEYS)
    .default('id')
    .describe('Sort key; ties broken by id (nameZh sorts by code point) / 排序字段'),
  offset: queryInteger({ min: 0, max: 1_000_000, default: 0 }).describe('Items to skip / 跳过条数'),
  limit: queryInteger({ min: 1, max: PAGING.maxLimit, default: PAGING.defaultLimit }).describe(`Page size, at most ${PAGING.maxLimit} / 每页条数`),
};

function kindOf(label: NodeLabel): z.ZodType | undefined {
  const shape = NODE_SCHEMAS[label].shape as Record<string, z.ZodType>;
  return shape.kind;
}

/** The list query of one label: the common parameters plus the filters that apply to it. */
export function listQuerySchema(label: NodeLabel) {
  const filters = filtersFor(label);
  const kind = kindOf(label);
  return z.object({
    ...common,
    ...(filters.has('tier') ? { tier: z.enum(INDUSTRY_TIERS).optional().describe(`Industry tier / ${FIELD_NAMES.tier.zh}`) } : {}),
    ...(filters.has('kind') && kind ? { kind: kind.optional().describe(`Kind / ${FIELD_NAMES.kind.zh}`) } : {}),
    ...(filters.has('region')
      ? { region: Slug.optional().describe('Region id: located in it or in a region part of it / 所在地区') }
      : {}),
    ...(filters.has('industry')
      ? { industry: Slug.optional().describe('Industry id: chain links, role holders and needs of that industry / 所属产业') }
      : {}),
  });
}

/** Every key any list accepts, with all filters optional: the type the list query runs with. */
export interface ListQuery {
  q?: string | undefined;
  sourceKind?: SourceKind | undefined;
  sort: (typeof SORT_KEYS)[number];
  offset: number;
  limit: number;
  tier?: string | undefined;
  kind?: string | undefined;
  region?: string | undefined;
  industry?: string | undefined;
}

export const IdParams = z.object({ id: Slug.describe('Entity id (slug) / 编号') });

/** A node's detail, as recorded at a moment when `asOf` is given (server/history). */
export const DetailQuery = z.object({ asOf: AsOfParam }).strict();

export const EntityPage = pageOf(EntityDto);

export { EntityDetail, RelatedEdge } from '../../graph/model';

/** Relationships returned with one entity; a hub such as the city has many. */
export const DETAIL_RELATIONSHIP_LIMIT = 1000;
