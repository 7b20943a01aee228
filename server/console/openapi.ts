import { CONTENT_TYPES } from '../export/table';
import type { OperationSpec } from '../openapi/operation';
import { ConsoleFormatQuery, ConsoleLimitsBody, ConsoleQueryBody, ConsoleResultBody, CreateSavedBody, SavedQueryBody, SavedQueryList, SavedParams, UpdateSavedBody } from './schema';

const ANALYST = 'Role: analyst.';

export const operations: OperationSpec[] = [
  { method: 'get', path: '/api/console/limits', tag: 'console', summary: 'Console limits and allowed procedures / 控制台限制', description: ANALYST, responses: { 200: { description: 'Limits', schema: ConsoleLimitsBody } } },
  {
    method: 'post',
    path: '/api/console/query',
    tag: 'console',
    summary: 'Run a read-only Cypher query / 执行只读 Cypher 查询',
    description:
      `${ANALYST} One statement; refused (400 query_refused, with the reason in English and Chinese) if it could write, loads files, calls a procedure outside the allowlist, ` +
      'batches transactions, switches database, is an admin command, or starts from anything but knowledge-graph labels. Runs in a READ transaction with a timeout (504) ' +
      'and the transaction memory limit (422), always rolled back. format=csv|xlsx downloads the result.',
    query: ConsoleFormatQuery,
    body: ConsoleQueryBody,
    responses: {
      200: { description: 'Table and graph elements, or with format=csv|xlsx the file', schema: ConsoleResultBody, files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
      422: { description: 'Over the memory limit' },
      504: { description: 'Over the time limit' },
    },
  },
  { method: 'get', path: '/api/console/saved', tag: 'console', summary: 'Your saved queries / 已保存的查询', description: ANALYST, responses: { 200: { description: 'Saved queries', schema: SavedQueryList } } },
  { method: 'post', path: '/api/console/saved', tag: 'console', summary: 'Save a query / 保存查询', description: ANALYST, body: CreateSavedBody, responses: { 201: { description: 'Saved', schema: SavedQueryBody } } },
  { method: 'get', path: '/api/console/saved/{id}', tag: 'console', summary: 'One saved query / 读取已保存的查询', description: ANALYST, params: SavedParams, responses: { 200: { description: 'The query', schema: SavedQueryBody }, 404: { description: 'Not yours or no such query' } } },
  { method: 'put', path: '/api/console/saved/{id}', tag: 'console', summary: 'Change a saved query / 修改已保存的查询', description: ANALYST, params: SavedParams, body: UpdateSavedBody, responses: { 200: { description: 'Changed', schema: SavedQueryBody }, 404: { description: 'Not yours or no such query' } } },
  { method: 'delete', path: '/api/console/saved/{id}', tag: 'console', summary: 'Delete a saved query / 删除已保存的查询', description: ANALYST, params: SavedParams, responses: { 204: { description: 'Deleted' }, 404: { description: 'Not yours or no such query' } } },
];
