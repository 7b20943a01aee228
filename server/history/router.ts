// GET /api/history: since when changes are recorded (the date controls' lower bound).
import { Router } from 'express';
import type { AppContext } from '../context';
import { validate } from '../middleware/validate';
import { historyInfo } from './info';

export function historyRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validate({}), async (_req, res) => {
    res.json(await historyInfo(db));
  });
  return router;
}
