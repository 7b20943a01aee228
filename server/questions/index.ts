// Analyst questions: list them, answer one as rows in a language, or as a downloadable table.
import type { Database } from '../../graph/db/database';
import { DATA_GAP_NOTICE, type QuestionInfo, type QuestionResult } from '../../graph/model';
import type { ExportTable } from '../export';
import type { EngineOptions } from '../gaps/service';
import { QUESTIONS, type QuestionDefinition } from './definitions';
import { localize, type Lang } from './format';

export { findQuestion, QUESTIONS, type QuestionDefinition } from './definitions';
export type { Lang } from './format';

export function questionInfo(q: QuestionDefinition): QuestionInfo {
  return {
    id: q.id,
    titleZh: q.titleZh,
    titleEn: q.titleEn,
    descriptionZh: q.descriptionZh,
    descriptionEn: q.descriptionEn,
    columns: q.columns,
  };
}

export function listQuestions(): QuestionInfo[] {
  return QUESTIONS.map(questionInfo);
}

export async function answerQuestion(
  db: Database,
  question: QuestionDefinition,
  lang: Lang,
  options: EngineOptions = {},
): Promise<QuestionResult> {
  const rows = (await question.rows(db, options)).map((row) => localize(row, lang));
  return { ...questionInfo(question), lang, rows, total: rows.length, notice: DATA_GAP_NOTICE[lang] };
}

/** The answer as a table with headers in the reader's language, and notes for the Excel "about" sheet. */
export function answerTable(answer: QuestionResult, generatedAt: Date = new Date()): ExportTable {
  const zh = answer.lang === 'zh';
  const title = zh ? answer.titleZh : answer.titleEn;
  return {
    title,
    columns: answer.columns.map((c) => ({ key: c.key, header: zh ? c.titleZh : c.titleEn })),
    rows: answer.rows,
    booleans: zh ? { yes: '是', no: '否' } : { yes: 'yes', no: 'no' },
    notes: [
      title,
      zh ? answer.descriptionZh : answer.descriptionEn,
      answer.notice,
      `${zh ? '生成时间' : 'Generated'}: ${generatedAt.toISOString()} · innochain · ${zh ? '问题编号' : 'question'} ${answer.id}`,
    ],
  };
}

