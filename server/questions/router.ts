// GET /api/questions and /api/questions/:id: named analyst questions, as JSON rows or as a CSV / Excel download.
import { Router } from 'express';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { sendTable } from '../export';
import { resolveScope } from '../gaps/scope';
import { resolveAsOf } from '../history/asOf';
import { answerQuestion, answerTable, findQuestion, listQuestions } from './';
import { validate, valid } from '../middleware/validate';
import { NoQuery, QuestionParams, QuestionQuery } from './schema';

export function questionsRouter({ db }: AppContext): Router {
  const router = Router();

  router.get('/', validate({ query: NoQuery }), (_req, res) => {
    res.json({ items: listQuestions() });
  });

  router.get('/:id', validate({ params: QuestionParams, query: QuestionQuery }), async (_req, res) => {
    const { params, query } = valid<typeof QuestionQuery, typeof QuestionParams>(res);
    const question = findQuestion(params.id);
    if (!question) throw errors.notFound('question / 问题', params.id);
    const { format, lang, region, asOf: date, ...view } = query;
    const regionId = await resolveScope(db, region);
    // As of a date every question reads the graph as recorded then (the engine's or its own reads).
    const asOf = await resolveAsOf(db, date);
    const answer = await answerQuestion(db, question, lang, view, { regionId, asOf });
    if (format === 'json') {
      res.json(answer);
      return;
    }
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const title = lang === 'zh' ? answer.titleZh : answer.titleEn;
    // A table read as of a date names that date, in the file name and the notes.
    const stamp = asOf ? `${today}-asof-${asOf.date.slice(0, 10)}` : today;
    await sendTable(res, answerTable(answer, now, asOf?.date), format, {
      name: `${title}-${stamp}`,
      asciiName: `innochain-${answer.id}-${lang}-${stamp}`,
    });
  });

  return router;
}
