// What a question is, and the columns several questions share, so the same column reads the same in
// every table.
import type { Database } from '../../graph/db/database';
import type { QuestionColumn, QuestionInfo } from '../../graph/model';
import type { EngineOptions } from '../gaps/service';
import type { QuestionRow } from './format';

export interface QuestionDefinition extends QuestionInfo {
  rows: (db: Database, options: EngineOptions) => Promise<QuestionRow[]>;
}

export const col = (key: string, titleZh: string, titleEn: string): QuestionColumn => ({ key, titleZh, titleEn });

export const COLUMNS = {
  industry: col('industry', '产业', 'Industry'),
  tier: col('tier', '产业层级', 'Tier'),
  link: col('link', '产业链环节', 'Chain link'),
  severity: col('severity', '严重程度', 'Severity'),
  explanation: col('explanation', '说明', 'Explanation'),
  illustrative: col('illustrative', '涉及示例数据', 'Rests on illustrative data'),
  gapId: col('gapId', '缺口编号', 'Gap id'),
  region: col('region', '县(市)区', 'County or district'),
  parks: col('parks', '已记录园区', 'Parks recorded'),
  candidates: col('candidates', '建议对接（前三）', 'Suggested partners (top 3)'),
  topReason: col('topReason', '首选理由', 'Why the first'),
};
