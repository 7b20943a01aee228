import { GapList, GapMatrix, GapRulesResponse, GapSummary, IndustryGaps, TargetProgressList } from '../../graph/model';
import type { OperationSpec } from '../openapi/operation';
import { GapsQuery, IndustryParams, MatrixQuery, ScopeAsOfQuery, ScopeQuery } from './schema';

const SCOPE_NOTE =
  'region= is the region analysed: a county, city or province (the configured home city when absent). Its key industries are analysed ' +
  '(a county without its own uses its city\'s; a province the union of its cities\'), only organisations inside it are local and fill ' +
  '六个一 slots, and its counties are its sub-regions. An unknown region is answered 400. ' +
  'region= 为分析的地区（区县、市或省，缺省为本市）：分析其重点产业，只有其境内的机构算本地并填充六个一。';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/gaps',
    tag: 'gaps',
    summary: 'Gaps found by the rules, most severe first / 缺口清单',
    description:
      'Filters combine (AND); each takes comma-separated or repeated values. An industry filter keeps only industry gaps. ' +
      'Unknown rule or severity values and unknown industry ids are answered 400 naming the field. ' +
      '各筛选条件可用逗号分隔或重复给出；未知的规则、严重程度或产业编号返回 400。' +
      SCOPE_NOTE,
    query: GapsQuery,
    responses: { 200: { description: 'The gaps, with the data-gap notice', schema: GapList } },
  },
  {
    method: 'get',
    path: '/api/gaps/rules',
    tag: 'gaps',
    summary: 'Every rule (titles, explanation, severity in force) and the configuration used / 规则与配置',
    responses: { 200: { description: 'Rules and configuration', schema: GapRulesResponse } },
  },
  {
    method: 'get',
    path: '/api/gaps/matrix',
    tag: 'gaps',
    summary: 'The 六个一 matrix: industries × six slots, filled by whom or missing, with scores / 六个一矩阵',
    description: SCOPE_NOTE,
    query: MatrixQuery,
    responses: { 200: { description: 'The matrix', schema: GapMatrix } },
  },
  {
    method: 'get',
    path: '/api/gaps/summary',
    tag: 'gaps',
    summary: 'Summary of the region analysed: average score, gaps by severity and rule, top gaps, targets / 地区概况',
    description: SCOPE_NOTE,
    query: ScopeAsOfQuery,
    responses: { 200: { description: 'The summary', schema: GapSummary } },
  },
  {
    method: 'get',
    path: '/api/industries/{id}/gaps',
    tag: 'gaps',
    summary: "One industry's gaps and matrix row (a subsector gets the industry it rolls up into) / 单个产业的缺口",
    description: `A row of null and no gaps when the industry is not one the region analyses. ${SCOPE_NOTE}`,
    params: IndustryParams,
    query: ScopeQuery,
    responses: {
      200: { description: 'The industry, the industry it is analysed as, its matrix row and gaps', schema: IndustryGaps },
      404: { description: 'No such industry / 产业不存在' },
    },
  },
  {
    method: 'get',
    path: '/api/targets/progress',
    tag: 'gaps',
    summary: "Each target judged by the linear trend of its indicator's yearly series: met, on track, off track, no data or qualitative; the rule is in the answer / 目标进展（按趋势判定）",
    description: `${SCOPE_NOTE} asOf= judges the targets on the measurements recorded by then / asOf= 按该日的记录（其后录入的监测值不计）判定。`,
    query: ScopeAsOfQuery,
    responses: { 200: { description: 'Target progress', schema: TargetProgressList } },
  },
];
