// The cases of some gaps under one scope, for other features (the leader's briefing prints the owners and
// due dates of its top problems). The cases follow the gaps first (reconcile.ts: one small read when the
// database is unchanged since the last follow-up).
import type { Database } from '../../graph/db/database';
import type { CaseSummary } from '../../graph/model';
import { CASES_FOR_GAPS } from './queries';
import { reconcileCases } from './reconcile';
import { storedCases, toSummary } from './stored';

/** Each gap id's case under `scopeRegionId`; gaps without a case are absent from the map. */
export async function casesForGaps(db: Database, scopeRegionId: string, gapIds: readonly string[]): Promise<Map<string, CaseSummary>> {
  const out = new Map<string, CaseSummary>();
  if (gapIds.length === 0) return out;
  await reconcileCases(db);
  const stored = await db.read(async (tx) => storedCases(await tx.run(CASES_FOR_GAPS, { scope: scopeRegionId, gapIds: [...new Set(gapIds)] })));
  for (const c of stored) out.set(c.gapId, toSummary(c));
  return out;
}
