// The cases (问题清单) in the OpenAPI document. The life cycle is docs/CASES.md.
import { ApiErrorBody } from '../../graph/model';
import { CONTENT_TYPES } from '../export/table';
import type { OperationSpec } from '../openapi/operation';
import { CaseBody, CaseList, CaseParams, CasesExportQuery, CasesQuery, OpenCaseBody, UpdateCaseBody } from './schema';

const FOLLOWS =
  'A case follows its gap by the gap\'s stable id under its scope region: before cases are read (and after each write through ' +
  '/api/edit or /api/import) the engine is asked again when the database has changed; an open or in-progress case whose gap ' +
  'is no longer found becomes resolved by "engine", with closedBy naming the newest change the history store recorded since ' +
  'the last look (GET /api/changes); a case the engine resolved reopens when its gap is found again. Cases resolved or ' +
  'dismissed by hand stay as they are. Overdue: due before today (China time) and still open or in progress. ' +
  '问题按缺口编号跟踪：缺口消失时自动解决并记录关闭它的修改，缺口重现时自动重开；人工解决或驳回的问题保持不变。';

const BAD = (what: string) => ({ description: `${what}, named in English and Chinese; nothing is changed / 参数无效`, schema: ApiErrorBody });

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/cases',
    tag: 'cases',
    summary: 'The case list (问题清单), filtered / 问题清单',
    description: `${FOLLOWS} Most urgent first (earliest due date). overdue=true lists the overdue cases; place=<region> the cases of a county page (scope or gap in it).`,
    query: CasesQuery,
    responses: { 200: { description: 'Cases', schema: CaseList }, 400: BAD('An unknown filter or a bad value') },
  },
  {
    method: 'get',
    path: '/api/cases/export',
    tag: 'cases',
    summary: 'The case list as an Excel download / 导出问题清单（Excel）',
    description: 'The same filters as GET /api/cases; headers and cells in Chinese by default, lang=en for English. 与列表相同的筛选。',
    query: CasesExportQuery,
    responses: { 200: { description: 'An XLSX file', files: [CONTENT_TYPES.xlsx] }, 400: BAD('An unknown filter or a bad value') },
  },
  {
    method: 'post',
    path: '/api/cases',
    tag: 'cases',
    summary: 'Open a case on a gap (editors) / 立案',
    description:
      `The gap must be found now under the scope (region, the home city when absent); one case per gap and scope. ${FOLLOWS} ` +
      'Audited as case.open. 编辑可立案；每个缺口在同一分析范围内只能立案一次。',
    body: OpenCaseBody,
    responses: {
      201: { description: 'The case', schema: CaseBody },
      400: BAD('An unknown gap or region, an owner county that is not a region, a date not YYYY-MM-DD'),
      409: { description: 'The gap already has a case under this scope / 已立案', schema: ApiErrorBody },
    },
  },
  {
    method: 'get',
    path: '/api/cases/{id}',
    tag: 'cases',
    summary: 'One case, with its history of states / 问题详情',
    params: CaseParams,
    responses: { 200: { description: 'The case', schema: CaseBody }, 404: { description: 'No such case / 问题不存在', schema: ApiErrorBody } },
  },
  {
    method: 'patch',
    path: '/api/cases/{id}',
    tag: 'cases',
    summary: 'Change a case: owner, chain chief, due date, notes, status (editors) / 处理问题',
    description:
      'Allowed status changes: open → in-progress | resolved | dismissed; in-progress → open | resolved | dismissed; resolved → open | in-progress; ' +
      'dismissed → open. Dismissing needs reason (and reason is refused otherwise). Any other change is a 400 naming body.status. ' +
      'Each status change is added to states. Audited as case.update with the case before and after. ' +
      '驳回须填写理由；不允许的状态变更返回 400（body.status）。',
    params: CaseParams,
    body: UpdateCaseBody,
    responses: {
      200: { description: 'The case', schema: CaseBody },
      400: BAD('A status change not allowed, a dismissal without reason, a bad date'),
      404: { description: 'No such case / 问题不存在', schema: ApiErrorBody },
      409: { description: 'Changed meanwhile by someone else / 已被他人修改', schema: ApiErrorBody },
    },
  },
];
