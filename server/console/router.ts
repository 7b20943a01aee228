// /api/console (analysts, by the access policy): read-only Cypher as a table and a graph, CSV/XLSX
// downloads of a result, and each user's saved queries.
import { Router, type Request } from 'express';
import type { z } from 'zod';
import { NODE_LABELS } from '../../graph/model';
import { securityOf } from '../auth/context';
import type { AppContext } from '../context';
import { validate, valid } from '../middleware/validate';
import {
  ALLOWED_PROCEDURES,
  ConsoleRunner,
  createSavedQuery,
  deleteSavedQuery,
  getSavedQuery,
  listSavedQueries,
  sendExport,
  updateSavedQuery,
} from './';
import { ConsoleFormatQuery, ConsoleQueryBody, CreateSavedBody, SavedParams, UpdateSavedBody } from './schema';

/** The analyst's name; the access policy lets no anonymous request reach these routes. */
function analyst(req: Request): string {
  return req.auth?.user?.username ?? 'unknown';
}

export function consoleRouter(context: AppContext): Router {
  const { db } = context;
  const limits = securityOf(context).console;
  const router = Router();
  const runner = new ConsoleRunner(db, limits);

  router.get('/limits', validate({}), (_req, res) => {
    res.json({ ...limits, allowedProcedures: [...ALLOWED_PROCEDURES], labels: [...NODE_LABELS] });
  });

  router.post('/query', validate({ query: ConsoleFormatQuery, body: ConsoleQueryBody }), async (req, res) => {
    const { query, body } = valid<typeof ConsoleFormatQuery, z.ZodNever, typeof ConsoleQueryBody>(res);
    const download = query.format !== 'json';
    const cap = download ? limits.exportRowCap : limits.rowCap;
    const result = await runner.run({
      cypher: body.cypher,
      params: body.params,
      rowCap: Math.min(body.limit ?? cap, cap),
      download,
      username: analyst(req),
    });
    if (query.format === 'json') res.json(result);
    else await sendExport(res, result, query.format);
  });

  router.get('/saved', validate({}), async (req, res) => {
    res.json({ items: await listSavedQueries(db, analyst(req)) });
  });

  router.post('/saved', validate({ body: CreateSavedBody }), async (req, res) => {
    const body = valid<z.ZodNever, z.ZodNever, typeof CreateSavedBody>(res).body;
    // Saving a query the console would refuse helps nobody: say so now.
    await runner.check(body.cypher, analyst(req));
    res.status(201).json({ query: await createSavedQuery(db, analyst(req), body) });
  });

  router.get('/saved/:id', validate({ params: SavedParams }), async (req, res) => {
    const { id } = valid<z.ZodNever, typeof SavedParams>(res).params;
    res.json({ query: await getSavedQuery(db, analyst(req), id) });
  });

  router.put('/saved/:id', validate({ params: SavedParams, body: UpdateSavedBody }), async (req, res) => {
    const { params, body } = valid<z.ZodNever, typeof SavedParams, typeof UpdateSavedBody>(res);
    if (body.cypher !== undefined) await runner.check(body.cypher, analyst(req));
    res.json({ query: await updateSavedQuery(db, analyst(req), params.id, body) });
  });

  router.delete('/saved/:id', validate({ params: SavedParams }), async (req, res) => {
    const { id } = valid<z.ZodNever, typeof SavedParams>(res).params;
    await deleteSavedQuery(db, analyst(req), id);
    res.status(204).end();
  });

  return router;
}
