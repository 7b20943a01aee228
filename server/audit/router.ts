// GET /api/audit (admins only, by the access policy): who changed what and when, newest first.
import { Router } from 'express';
import type { AppContext } from '../context';
import { validate, valid } from '../middleware/validate';
import { auditPage } from './page';
import { AuditQuery } from './schema';

export function auditRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validate({ query: AuditQuery }), async (_req, res) => {
    res.json(await auditPage(db, valid<typeof AuditQuery>(res).query));
  });
  return router;
}
