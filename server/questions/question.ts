// What a question is, and the columns several questions share, so the same column reads the same in
// every table.
import type { Database } from '../../graph/db/database';
import {
  FIELD_NAMES,
  NODE_LABEL_NAMES,
  type ModelField,
  type NodeLabel,
  type NodeRef,
  type QuestionColumn,
  type QuestionFacets,
  type QuestionInfo,
  type QuestionRowRef,
} from '../../graph/model';
import type { EngineOptions } from '../gaps/service';
import type { QuestionRow } from './format';

/** A row's cells (bilingual until answered) and what it is about (links and filters). */
export interface AnswerRow {
  cells: QuestionRow;
  ref: QuestionRowRef;
}

/** What a question that reads the graph itself may push down: the industry filter and the row cap. */
export interface RowsRequest {
  industry?: string | undefined;
  /** Rows wanted; read one more to know whether there were more. */
  limit: number;
}

export interface QuestionDefinition extends QuestionInfo {
  /** Rows of the graph as recorded at options.asOf when given (the engine's reads, or readAt for its own). */
  rows: (db: Database, options: EngineOptions, request: RowsRequest) => Promise<AnswerRow[]>;
  /** The industries its rows can be about, for the filter, when the rows read may be cut (limit) or filtered. */
  industries?: (db: Database, options: EngineOptions) => Promise<QuestionFacets['industries']>;
}

/** A ref to a node, with no severity or rule (questions not built on gaps). */
export function nodeRef(node: NodeRef, industry: NodeRef | null = null): QuestionRowRef {
  return {
    industry: industry ? { id: industry.id, nameZh: industry.nameZh, nameEn: industry.nameEn } : null,
    node: { id: node.id, label: node.label },
    severity: null,
    rule: null,
  };
}

export const col = (key: string, titleZh: string, titleEn: string): QuestionColumn => ({ key, titleZh, titleEn });
/** A column headed by a node label's name, or by a field's name (graph/model's vocabulary). */
export const labelCol = (key: string, label: NodeLabel): QuestionColumn => col(key, NODE_LABEL_NAMES[label].zh, NODE_LABEL_NAMES[label].en);
export const fieldCol = (key: string, field: ModelField): QuestionColumn => col(key, FIELD_NAMES[field].zh, FIELD_NAMES[field].en);

export const COLUMNS = {
  industry: labelCol('industry', 'Industry'),
  tier: fieldCol('tier', 'tier'),
  link: labelCol('link', 'ChainLink'),
  severity: { ...col('severity', '严重程度', 'Severity'), sortBy: 'severityRank' },
  severityRank: col('severityRank', '严重程度排序', 'Severity rank'),
  explanation: col('explanation', '说明', 'Explanation'),
  illustrative: col('illustrative', '涉及示例数据', 'Rests on illustrative data'),
  gapId: { ...col('gapId', '缺口编号', 'Gap id'), internal: true },
  region: col('region', '县(市)区', 'County or district'),
  parks: col('parks', '已记录园区', 'Parks recorded'),
  candidates: col('candidates', '建议对接（前三）', 'Suggested partners (top 3)'),
  topReason: col('topReason', '首选理由', 'Why the first'),
};
