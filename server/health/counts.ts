// The size of the knowledge graph for the administrators' health view.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { readOne } from '../presenters/rows';
import { HEALTH_COUNTS } from './queries';

/** HEALTH_COUNTS always answers one row (integers arrive as numbers: graph/db/driver.ts). */
const CountsRow = z.object({ nodes: z.number(), relationships: z.number() });

export async function graphCounts(db: Database): Promise<z.infer<typeof CountsRow>> {
  return readOne(await db.read((tx) => tx.run(HEALTH_COUNTS)), CountsRow);
}
