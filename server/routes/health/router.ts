// GET /api/health: database mode, Neo4j version and graph size.
import { Router } from 'express';
import type { AppContext } from '../../context';
import { HEALTH_COUNTS } from './queries';

export function healthRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const [version, counts] = await Promise.all([
      db.serverVersion(),
      db.read(async (tx) => {
        const result = await tx.run(HEALTH_COUNTS);
        const record = result.records[0];
        return {
          nodes: record?.get('nodes') as number,
          relationships: record?.get('relationships') as number,
        };
      }),
    ]);
    res.json({
      status: 'ok',
      database: { mode: db.info.mode, version, boltUri: db.info.boltUri, name: db.info.database ?? null },
      counts,
    });
  });
  return router;
}
