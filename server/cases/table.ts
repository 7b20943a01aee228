// The case list as a download (问题清单.xlsx): the columns of the page, in the reader's language.
import { CASE_STATUS_NAMES, CASE_OWNER_KIND_NAMES, type Case } from '../../graph/model';
import type { ExportTable } from '../export';

type Lang = 'zh' | 'en';

const HEADERS: [keyof Row, string, string][] = [
  ['gap', '缺口', 'Gap'],
  ['industry', '产业', 'Industry'],
  ['scope', '分析范围', 'Scope'],
  ['ownerKind', '责任主体类型', 'Owner kind'],
  ['owner', '责任单位', 'Owner'],
  ['chainChief', '链长', 'Chain chief'],
  ['dueDate', '期限', 'Due date'],
  ['status', '状态', 'Status'],
  ['overdue', '逾期', 'Overdue'],
  ['closedBy', '关闭该缺口的修改', 'Change that closed the gap'],
  ['reason', '驳回理由', 'Reason dismissed'],
  ['notes', '备注', 'Notes'],
  ['illustrative', '示意数据', 'Illustrative data'],
  ['gapId', '缺口编号', 'Gap id'],
  ['id', '问题编号', 'Case id'],
];

interface Row {
  gap: string;
  industry: string | null;
  scope: string;
  ownerKind: string;
  owner: string;
  chainChief: string | null;
  dueDate: string | null;
  status: string;
  overdue: boolean;
  closedBy: string | null;
  reason: string | null;
  notes: string;
  illustrative: boolean;
  gapId: string;
  id: string;
}

function row(c: Case, lang: Lang): Row {
  const zh = lang === 'zh';
  const closed = c.closedBy ? `${c.closedBy.at.slice(0, 16).replace('T', ' ')} UTC ${c.closedBy.actor ?? ''} ${zh ? c.closedBy.summaryZh : c.closedBy.summaryEn}` : null;
  return {
    gap: zh ? c.gapTitleZh : c.gapTitleEn,
    industry: zh ? c.industryNameZh : c.industryNameEn,
    scope: c.scopeRegionId,
    ownerKind: CASE_OWNER_KIND_NAMES[c.ownerKind][lang],
    owner: zh ? c.ownerNameZh : c.ownerNameEn,
    chainChief: c.chainChief,
    dueDate: c.dueDate,
    status: CASE_STATUS_NAMES[c.status][lang],
    overdue: c.overdue,
    closedBy: closed?.replace(/\s+/g, ' ') ?? null,
    reason: c.reason,
    notes: c.notes,
    illustrative: c.illustrative,
    gapId: c.gapId,
    id: c.id,
  };
}

export function casesTable(cases: readonly Case[], lang: Lang, today: string): ExportTable {
  const zh = lang === 'zh';
  return {
    title: zh ? '问题清单' : 'Cases',
    columns: HEADERS.map(([key, headerZh, headerEn]) => ({ key, header: zh ? headerZh : headerEn })),
    rows: cases.map((c) => ({ ...row(c, lang) })),
    notes: zh
      ? [`导出日期 ${today}（北京时间）。逾期：期限早于今日且仍为待处理或处理中。`, '“示意数据”为是的行所依据的缺口含示意（虚构）数据。']
      : [`Exported ${today} (China time). Overdue: due before today and still open or in progress.`, 'Rows marked illustrative rest on illustrative (made-up) data.'],
    booleans: zh ? { yes: '是', no: '否' } : { yes: 'yes', no: 'no' },
  };
}
