import { Neighbourhood } from '../../graph/model';
import type { OperationSpec } from '../openapi/operation';
import { NeighbourhoodQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/graph/neighbourhood',
    tag: 'graph',
    summary: 'A node and its neighbours within depth hops, as Cytoscape elements / 节点邻域',
    query: NeighbourhoodQuery,
    responses: { 200: { description: 'Cytoscape-ready elements', schema: Neighbourhood }, 404: { description: 'No such node' } },
  },
];
