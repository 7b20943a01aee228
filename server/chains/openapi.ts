import { ChainView } from '../../graph/model/chainView';
import type { OperationSpec } from '../openapi/operation';
import { ChainParams, ChainQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/industries/{id}/chain',
    tag: 'chains',
    summary: "One industry's chain as Cytoscape elements / 产业链视图",
    description:
      'The industry, its chain links in order (FEEDS edges), its 六个一 holders, one ghost node per missing slot ' +
      '(data.ghost, data.slot, data.status), partners and co-built parks, and per link the organisations covering it: ' +
      'counts always, members only up to `members` unless the link is listed in `expand` (or `expand=all`). ' +
      'Every node carries gapRules and gapSeverity from the gap engine. `region` sets the scope: the gap engine analyses that region, ' +
      'and a firm counts as local when it lies inside it (the home city when absent). / 产业、环节、六个一、缺位、合作方及各环节覆盖机构；region 为分析地区。',
    params: ChainParams,
    query: ChainQuery,
    responses: {
      200: { description: 'The chain view / 产业链视图', schema: ChainView },
      400: { description: 'A bad parameter, or an unknown region (named in error.details) / 参数错误或未知地区' },
      404: { description: 'No such industry / 无此产业' },
    },
  },
];
