import { ApiErrorBody } from '../../graph/model';
import { FreshnessConfigView, FreshnessView } from '../../graph/model/freshness';
import { CONTENT_TYPES } from '../export/table';
import type { OperationSpec } from '../openapi/operation';
import { FreshnessQuery, NoQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/freshness',
    tag: 'freshness',
    summary: 'How old the facts are, by label and by source, and which to renew / 数据时效：按类型与来源统计，列出应更新的事实',
    description:
      "Every node and relationship is a fact; its age runs from its observedAt to the day `at` (today when absent). A partial date " +
      'counts from the last day it covers ("2023" from 2023-12-31, "2023-08" from 2023-08-31), the youngest it can be, so a fact is ' +
      'called stale only when it certainly is. A fact is stale when `at` is after its day plus the threshold of its label or ' +
      'relationship type (config; exactly the threshold is still fresh). A fact without an observedAt ages from the day (UTC) of its ' +
      'last change recorded in the history store up to `at` (`basis: changed`, `changedAt`; groups count them in `byChange`); ' +
      'facts with neither are undated: counted and listed apart, never fresh. Ages are whole calendar months; the median of an even count is the mean of the two middle ones. ' +
      '`stalest` lists stale facts most overdue first, `undated` the undated ones, each at most `limit` with its total and ' +
      '`truncated`. format=csv or xlsx downloads one list (`list`, in `lang`). ' +
      '每个节点和关系都是一条事实，其时长从观察日期算到 at（缺省为今天）；部分日期按其最后一天计算；超过所属类型阈值即可能过时；' +
      '无观察日期的事实从系统记录的最后一次修改算起；两者都没有的事实单独统计和列出，不算作最新。',
    query: FreshnessQuery,
    responses: {
      200: { description: 'The summary (format=json), or a CSV / XLSX download of one list / 统计结果或下载', schema: FreshnessView, files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
      400: { description: 'An unknown region, a bad date, limit, format or list, named in English and Chinese / 参数无效', schema: ApiErrorBody },
    },
  },
  {
    method: 'get',
    path: '/api/freshness/config',
    tag: 'freshness',
    summary: 'The staleness thresholds in force (months per label and relationship type) and today / 过时阈值',
    query: NoQuery,
    responses: { 200: { description: 'Thresholds, the file they came from, and the server\'s today / 阈值及来源', schema: FreshnessConfigView } },
  },
];
