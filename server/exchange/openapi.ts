import { ApiErrorBody } from '../../graph/model';
import type { OperationSpec } from '../openapi/operation';
import { GraphDocument, GraphDocumentInput, ImportSummary } from './';
import { ImportQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/export',
    tag: 'exchange',
    summary: 'The whole graph as one versioned JSON document / 导出整个图谱',
    description:
      'Format "innochain-graph" version 1: every :Entity node with its label and properties, and every ' +
      'relationship between them with type, from, to and properties. Sorted, so two exports of the same ' +
      'graph differ only in exportedAt.',
    responses: { 200: { description: 'The graph document (sent as an attachment) / 图谱文档', schema: GraphDocument } },
  },
  {
    method: 'post',
    path: '/api/import',
    tag: 'exchange',
    summary: 'Replace the graph with a document from /api/export / 用导出文档替换图谱',
    description:
      'The whole document is validated first (each node against its label\'s schema, each relationship ' +
      'against the model, ends present); any problem is a 400 naming its path and nothing changes. Then, ' +
      'in one transaction, every :Entity node is deleted and the document loaded. Bodies up to 5 MB.',
    query: ImportQuery,
    body: GraphDocumentInput,
    responses: {
      200: { description: 'What was deleted and created / 删除与新建的数量', schema: ImportSummary },
      400: { description: 'The document is invalid: each path and reason / 文档无效', schema: ApiErrorBody },
    },
  },
];
