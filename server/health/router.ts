// GET /api/health: up or not for everyone; mode, version, size and restart history for administrators.
import { Router } from 'express';
import type { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { currentUser } from '../auth';
import type { AppContext } from '../context';
import { errors } from '../errors';
import { validate } from '../middleware/validate';
import type { HealthAdminBody, HealthDatabase, HealthPublicBody, HealthUnavailableBody } from './openapi';
import { graphCounts } from './counts';

export function healthRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validate({}), async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const admin = currentUser(req)?.role === 'admin';
    if (!(await db.ping())) {
      const reason =
        db.status().state === 'restarting'
          ? errors.unavailable('The database stopped unexpectedly and is restarting; try again in a few seconds', '数据库意外停止，正在重启，请稍后再试')
          : errors.unavailable('The database is not reachable; try again shortly', '数据库暂时无法访问，请稍后再试');
      res.status(503).json({
        status: 'unavailable',
        error: { code: reason.code, message: reason.message, messageZh: reason.messageZh, details: [] },
        ...(admin ? { database: details(db, null) } : {}),
      } satisfies z.infer<typeof HealthUnavailableBody>);
      return;
    }
    if (!admin) {
      res.json({ status: 'ok' } satisfies z.infer<typeof HealthPublicBody>);
      return;
    }
    const [version, counts] = await Promise.all([
      db.serverVersion(),
      graphCounts(db),
    ]);
    res.json({ status: 'ok', database: details(db, version), counts } satisfies z.infer<typeof HealthAdminBody>);
  });
  return router;
}

function details(db: Database, version: string | null): z.infer<typeof HealthDatabase> {
  const status = db.status();
  return {
    mode: db.info.mode,
    // Not answering while supervision thinks it up (an external server, a hung process) is down.
    state: version === null && status.state === 'up' ? 'down' : status.state,
    version,
    boltUri: db.info.boltUri,
    name: db.info.database ?? null,
    restarts: status.restarts,
    lastExit: status.lastExit,
    lastRestartMs: status.lastRestartMs,
    upSince: status.upSince,
  };
}
