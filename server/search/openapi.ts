import type { OperationSpec } from '../openapi/operation';
import { SearchQuery, SearchResult } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/search',
    tag: 'search',
    summary: 'Find nodes by name, Chinese or English / 按名称检索节点',
    description:
      'Full-text search over nameZh, nameEn, id and the aliases aliasesZh, aliasesEn (cjk analyzer): Chinese words of two or more characters as ' +
      'phrases, English words as whole words or prefixes, all words required; topped up with substring ' +
      'matches (e.g. a single Chinese character). Ranked; each hit names the industry chain to open. ' +
      'With asOf, the names recorded then are searched instead (the full-text index holds only today\'s): every word must occur in a name, ' +
      'id or alias (case-insensitive), so a node deleted since is found and one added since is not; every hit is then a substring match. ' +
      'asOf 时按当日记录的名称、编号和别名逐词匹配（全文索引只含当前数据）。',
    query: SearchQuery,
    responses: { 200: { description: 'Ranked hits / 按相关度排序的结果', schema: SearchResult } },
  },
];
