// GET /api/changes' consequences two ways on the same graph, in alternation (historyBench.ts): as they were
// computed before (the engine as of the start in three as-of transactions, one each for gaps, matrix and
// targets, each undoing the period again) and as server/changes/consequences.ts computes them now (one
// as-of transaction for the three). The side "now" is the current graph in both.
import type { Database } from '../../graph/db/database';
import { consequences } from '../../server/changes/consequences';
import { computeGaps, computeMatrix, computeTargetProgress } from '../../server/gaps/service';
import type { AsOf } from '../../server/history/asOf';
import { paired } from './regionBench';
import { round, type Timing } from './stats';

export interface ConsequencesRun {
  separate: Timing;
  oneTransaction: Timing;
  /** One transaction over separate, medians. */
  ratio: number;
}

async function separately(db: Database, regionId: string, since: AsOf): Promise<void> {
  for (const asOf of [since, undefined]) {
    const options = { regionId, ...(asOf ? { asOf } : {}) };
    await computeGaps(db, {}, options);
    await computeMatrix(db, {}, options);
    await computeTargetProgress(db, options);
  }
}

export async function benchConsequences(db: Database, regionId: string, since: AsOf, maxMs: number): Promise<ConsequencesRun> {
  const [separate, oneTransaction] = await paired(
    () => separately(db, regionId, since),
    () => consequences(db, regionId, since, undefined),
    { runs: 3, warmUps: 1, maxMs },
  );
  return { separate, oneTransaction, ratio: round(oneTransaction.medianMs / separate.medianMs, 2) };
}
