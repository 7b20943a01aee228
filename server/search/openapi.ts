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
      'matches (e.g. a single Chinese character). Ranked; each hit names the industry chain to open.',
    query: SearchQuery,
    responses: { 200: { description: 'Ranked hits / 按相关度排序的结果', schema: SearchResult } },
  },
];
