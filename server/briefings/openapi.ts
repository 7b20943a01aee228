import { CONTENT_TYPES } from './filename';
import type { OperationSpec } from '../openapi/operation';
import { BriefingPostBody, BriefingViewQuery } from './schema';

const CONTENT =
  "a masthead (scope, date, data as of, illustrative-data notice); the leader's summary on pages 1–2 (conclusions computed from the figures, " +
  'the five problems needing attention first with their cases\' owners and due dates or "no case opened", targets on and off track, ' +
  'changes since the last briefing, recommended partners with their reasons and, once per kind, the data that would produce more); ' +
  'the body (scores and county map, changes, target progress: only the chosen industries\' own targets); and the annex, after a page break ' +
  "in a region's briefing (per industry the 六个一 table, the chain diagram with gap marks, the gaps and suggested partners; the region's own gaps; the data sources)";

export const operations: OperationSpec[] = [
  {
    method: 'post',
    path: '/api/briefings',
    tag: 'briefings',
    summary: 'A briefing for officials as Word, PDF or HTML / 生成汇报材料（Word、PDF 或网页）',
    description:
      `Returns the file itself with Content-Disposition (an ASCII filename and a UTF-8 filename*). Holds ${CONTENT}. ` +
      'Chinese by default, English with lang=en. `region` sets the region analysed (its key industries; local means inside it; ' +
      'the title names it), the home city when absent. `asOf` builds it from the graph as recorded then (gaps, targets, counts, sources, ' +
      'the county map), said on the cover; with `since`, the changes from since to asOf, and since after asOf is a 400 naming body.since. ' +
      'Unknown industry ids, an empty selection, an unknown format or region are answered 400. ' +
      '/ 返回文件本身；先是领导版摘要（结论、最需关注的问题及其责任单位和期限、目标进展、与上期相比、建议与理由），再是正文和附件（各产业“六个一”表、产业链图、缺口与建议、数据来源）。',
    body: BriefingPostBody,
    responses: {
      200: {
        description: 'The briefing file (.docx, .pdf or .html) / 简报文件',
        files: [CONTENT_TYPES.docx, CONTENT_TYPES.pdf, CONTENT_TYPES.html],
      },
      503: { description: 'PDF or image renderer (Chromium) not available / 渲染器不可用' },
    },
  },
  {
    method: 'get',
    path: '/api/briefings/view',
    tag: 'briefings',
    summary: 'The print-friendly HTML view of a briefing / 简报打印视图',
    description:
      `An HTML page (A4 print stylesheet, chain diagrams as inline SVG) a browser can open, print or save as PDF. Holds ${CONTENT}. ` +
      '`region`, `since` and `asOf` as for POST /api/briefings (errors name query.*). ' +
      '/ 可直接打开、打印或另存为 PDF 的网页。',
    query: BriefingViewQuery,
    responses: { 200: { description: 'The briefing as HTML / 网页简报', files: [CONTENT_TYPES.html] } },
  },
];
