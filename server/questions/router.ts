// GET /api/questions and /api/questions/:id: named analyst questions, as JSON rows or as a CSV / Excel download.
import { Router } from 'express';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { sendTable } from '../export';
import { resolveScope } from '../gaps/scope';
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
    const { format, lang, region, ...view } = query;
    const regionId = await resolveScope(db, region);
    const answer = await answerQuestion(db, question, lang, view, { regionId });
    if (format === 'json') {
      res.json(answer);
      return;
    }
    const now = new Date();
    const date = now.toISOString().slice(0, 10);
    const title = lang === 'zh' ? answer.titleZh : answer.titleEn;
    await sendTable(res, answerTable(answer, now), format, {
      name: `${title}-${date}`,
      asciiName: `innochain-${answer.id}-${lang}-${date}`,
    });
  });

  return router;
}
