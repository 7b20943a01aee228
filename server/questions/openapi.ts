import { z } from 'zod';
import { ApiErrorBody, MAX_QUESTION_ROWS, QuestionInfo, QuestionResult } from '../../graph/model';
import { CONTENT_TYPES } from '../export/table';
import type { OperationSpec } from '../openapi/operation';
import { QuestionParams, QuestionQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/questions',
    tag: 'questions',
    summary: 'Named analyst questions, tables built on the gap engine or read from the graph with their sources / 分析问题清单',
    responses: { 200: { description: 'The questions and their columns', schema: z.object({ items: z.array(QuestionInfo) }) } },
  },
  {
    method: 'get',
    path: '/api/questions/{id}',
    tag: 'questions',
    summary: 'Answer one question: JSON rows, or format=csv (UTF-8 with BOM) / format=xlsx as a download / 问题结果与下载',
    description:
      'Headers and cells are Chinese by default; lang=en for English. With format=csv the answer is text/csv; with ' +
      'format=xlsx it is application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, sent as an attachment ' +
      'with a Content-Disposition filename. industry, severity and rule keep only the rows about them, and sort / order ' +
      'order the rows (severity by its rank, high 3 > medium 2 > low 1, also given in the severityRank column); a ' +
      'download honours the same filters and order, so the file matches the screen. region sets the scope the engine ' +
      'analyses and what counts as local (the home city when absent). limit caps the rows (default and most ' +
      `${MAX_QUESTION_ROWS}); an answer with more rows is cut and says truncated: true, in downloads too (about sheet). ` +
      'asOf answers from the graph as recorded at the end of that day (China time) or at that date-time; a download then ' +
      'names the date in its file name and notes. ' +
      '默认中文表头；format=csv / xlsx ' +
      '下载；industry、severity、rule 筛选，sort、order 排序，region 为分析地区，limit 为最多行数（超出时 truncated 为真），asOf 按该日的记录作答，下载文件与页面一致。',
    params: QuestionParams,
    query: QuestionQuery,
    responses: {
      200: { description: 'Rows (format=json), or a CSV / XLSX download', schema: QuestionResult, files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
      400: { description: 'A bad format, language, filter, sort column or unknown region, named in English and Chinese / 参数无效', schema: ApiErrorBody },
      404: { description: 'No such question / 问题不存在' },
    },
  },
];
