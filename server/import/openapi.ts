import { z } from 'zod';
import { CONTENT_TYPES } from '../export/table';
import type { OperationSpec } from '../openapi/operation';
import { DryRunReport, ImportJobBody, ImportJobPage, ImportTemplateList, JobParams, JobsQuery, TemplateParams, TemplateQuery, UploadQuery } from './schema';

const EDITOR = 'Role: editor.';

export const operations: OperationSpec[] = [
  { method: 'get', path: '/api/import/templates', tag: 'import', summary: 'Import templates: one per label and relationship type / 导入模板列表', description: EDITOR, responses: { 200: { description: 'Templates with their columns', schema: ImportTemplateList } } },
  {
    method: 'get',
    path: '/api/import/templates/{name}',
    tag: 'import',
    summary: 'Download a template (CSV or XLSX) / 下载模板',
    description: `${EDITOR} The header row holds the field names (or Chinese names with lang=zh); the XLSX has a help sheet.`,
    params: TemplateParams,
    query: TemplateQuery,
    responses: { 200: { description: 'The template file (format=csv or xlsx)', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] }, 404: { description: 'No such template' } },
  },
  {
    method: 'post',
    path: '/api/import/files/{name}',
    tag: 'import',
    summary: 'Upload a CSV or XLSX file: dry run, or commit as a job / 上传导入文件',
    description:
      `${EDITOR} Send the file as the raw body (Content-Type text/csv or the XLSX type). dryRun=true answers a report: rows, what would be created/updated/linked, ` +
      'and each bad row with its column and reason. A commit writes nothing unless every row is valid; it runs as a job (202 with its id, or wait=true). ' +
      'Imported facts get sourceKind "import" and sourceRef "<fileName>#<row>". Sending the same file again resumes an interrupted job.',
    params: TemplateParams,
    query: UploadQuery,
    body: z.string().describe('The file'),
    bodyContentType: 'text/csv',
    responses: {
      200: { description: 'Dry-run report, or the finished job with wait=true', schema: DryRunReport },
      202: { description: 'Job started; poll GET /api/import/jobs/{id}', schema: ImportJobBody },
      404: { description: 'No such template' },
      413: { description: 'File too large' },
      415: { description: 'Not CSV or XLSX' },
      422: { description: 'Committed file rejected (wait=true): nothing written; the job lists the rows' },
    },
  },
  { method: 'get', path: '/api/import/jobs', tag: 'import', summary: 'Recent import jobs / 导入任务列表', description: EDITOR, query: JobsQuery, responses: { 200: { description: 'A page of jobs', schema: ImportJobPage } } },
  { method: 'get', path: '/api/import/jobs/{id}', tag: 'import', summary: 'An import job’s status and progress / 导入任务进度', description: EDITOR, params: JobParams, responses: { 200: { description: 'The job', schema: ImportJobBody }, 404: { description: 'No such job' } } },
];
