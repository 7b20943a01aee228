import { GapList, GapMatrix, GapRulesResponse, GapSummary, IndustryGaps, TargetProgressList } from '../../graph/model';
import type { OperationSpec } from '../openapi/operation';
import { GapsQuery, IndustryParams, MatrixQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/gaps',
    tag: 'gaps',
    summary: 'Gaps found by the rules, most severe first / 缺口清单',
    description:
      'Filters combine (AND); each takes comma-separated or repeated values. An industry filter keeps only industry gaps; ' +
      'a region filter keeps gaps lying in those regions (industry and target gaps lie in the city). Unknown rule or ' +
      'severity values and unknown industry or region ids are answered 400 naming the field. ' +
      '各筛选条件可用逗号分隔或重复给出；未知的规则、严重程度、产业或地区编号返回 400。',
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
    query: MatrixQuery,
    responses: { 200: { description: 'The matrix', schema: GapMatrix } },
  },
  {
    method: 'get',
    path: '/api/gaps/summary',
    tag: 'gaps',
    summary: 'City summary: average score, gaps by severity and rule, top gaps, targets / 全市概况',
    responses: { 200: { description: 'The summary', schema: GapSummary } },
  },
  {
    method: 'get',
    path: '/api/industries/{id}/gaps',
    tag: 'gaps',
    summary: "One industry's gaps and matrix row (a subsector gets the industry it rolls up into) / 单个产业的缺口",
    params: IndustryParams,
    responses: {
      200: { description: 'The industry, the industry it is analysed as, its matrix row and gaps', schema: IndustryGaps },
      404: { description: 'No such industry / 产业不存在' },
    },
  },
  {
    method: 'get',
    path: '/api/targets/progress',
    tag: 'gaps',
    summary: "Each target against its indicator's latest measurement: met, behind or no data / 目标进展",
    responses: { 200: { description: 'Target progress', schema: TargetProgressList } },
  },
];
