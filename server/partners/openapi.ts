import { PartnersView } from '../../graph/model/partners';
import type { OperationSpec } from '../openapi/operation';
import { NoQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/partners',
    tag: 'chains',
    summary: 'Links with Shanghai and southern Jiangsu, by partner region and by industry / 沪苏跨江合作',
    description:
      'Per partner region: city-level partnerships, co-built parks and partner organisations; per analysed industry: ' +
      'partners (of the industry or of local organisations leading, serving or covering it), co-built parks specialising in it, ' +
      "and, when it has none, the gap engine's partner-none gap with candidate partners; plus counties and districts without a co-built park.",
    query: NoQuery,
    responses: { 200: { description: 'Partnerships / 合作关系', schema: PartnersView } },
  },
];
