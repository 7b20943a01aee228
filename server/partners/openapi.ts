import { PartnersView } from '../../graph/model/partners';
import type { OperationSpec } from '../openapi/operation';
import { PartnersQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/partners',
    tag: 'chains',
    summary: 'Links with Shanghai and southern Jiangsu, by partner region and by industry / 沪苏跨江合作',
    description:
      'Per partner region: city-level partnerships, co-built parks and partner organisations; per analysed industry: ' +
      'partners (of the industry or of local organisations leading, serving or covering it), co-built parks specialising in it, ' +
      "and, when it has none, the gap engine's partner-none gap with candidate partners; its chain-link gaps (缺链, 断链, 弱链) with named " +
      'candidates from outside the region and their reasons, or `missingData` saying which data would produce one (补链招商); ' +
      'plus counties and districts without a co-built park. ' +
      '`region` sets the scope (analysed industries, what is local, its counties); the home city when absent.',
    query: PartnersQuery,
    responses: {
      200: { description: 'Partnerships / 合作关系', schema: PartnersView },
      400: { description: 'An unknown region (named in error.details) / 未知地区' },
    },
  },
];
