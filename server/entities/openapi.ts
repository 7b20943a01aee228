import { ApiErrorBody, NODE_LABEL_NAMES } from '../../graph/model';
import type { OperationSpec, ResponseSpec } from '../openapi/operation';
import { COLLECTIONS } from './collections';
import { filtersFor } from './filters';
import { DetailQuery, EntityDetail, EntityPage, IdParams, listQuerySchema } from './schema';

const notFound = { description: 'No entity with this id and label / 无此编号', schema: ApiErrorBody };

/** A listed entity opens in these operations (links let clients and fuzzers follow real ids). */
function linksFrom(collection: string, label: string): NonNullable<ResponseSpec['links']> {
  const first = '$response.body#/items/0/id';
  return {
    detail: { method: 'get', path: `/api/${collection}/{id}`, parameters: { id: first } },
    entity: { method: 'get', path: '/api/entities/{id}', parameters: { id: first } },
    neighbourhood: { method: 'get', path: '/api/graph/neighbourhood', parameters: { 'query.id': first } },
    editable: { method: 'get', path: '/api/edit/nodes/{id}', parameters: { id: first } },
    ...(label === 'Industry'
      ? {
          chain: { method: 'get', path: '/api/industries/{id}/chain', parameters: { id: first } },
          gaps: { method: 'get', path: '/api/industries/{id}/gaps', parameters: { id: first } },
        }
      : {}),
  };
}

export const operations: OperationSpec[] = [
  ...COLLECTIONS.flatMap(({ collection, label }): OperationSpec[] => {
    const names = NODE_LABEL_NAMES[label];
    const filters = [...filtersFor(label)];
    return [
      {
        method: 'get',
        path: `/api/${collection}`,
        tag: 'entities',
        summary: `List ${names.en.toLowerCase()} nodes / ${names.zh}列表`,
        description:
          `Paged list of :${label} nodes, sorted by id or name. Filters: q, sourceKind` +
          (filters.length > 0 ? `, ${filters.join(', ')}` : '') +
          '. A filter that does not apply to this label is a 400.',
        query: listQuerySchema(label),
        responses: { 200: { description: 'One page, with the total / 一页结果及总数', schema: EntityPage, links: linksFrom(collection, label) } },
      },
      {
        method: 'get',
        path: `/api/${collection}/{id}`,
        tag: 'entities',
        summary: `One ${names.en.toLowerCase()} with its relationships and their provenance / ${names.zh}详情`,
        params: IdParams,
        query: DetailQuery,
        responses: { 200: { description: 'The entity and its neighbours / 节点及其关系', schema: EntityDetail }, 404: notFound },
      },
    ];
  }),
  {
    method: 'get',
    path: '/api/entities/{id}',
    tag: 'entities',
    summary: 'Any entity by id, with its relationships / 按编号查任意节点',
    params: IdParams,
    query: DetailQuery,
    responses: { 200: { description: 'The entity and its neighbours / 节点及其关系', schema: EntityDetail }, 404: notFound },
  },
];
