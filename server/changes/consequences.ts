// What the facts recorded in a period did to the analysis: the gap engine run on the graph as it was
// recorded at the start and at the end of the period (server/history), compared: gaps opened and
// closed (by their stable ids), 六个一 scores that moved, targets whose status changed. Each past date is
// one as-of transaction (one undo) in which the engine reads each fact set once (pastEngine.ts).
import type { Database } from '../../graph/db/database';
import type { ChangesView, Gap, GapMatrix, NodeRef, TargetProgress } from '../../graph/model';
import { computeGaps, computeMatrix, computeTargetProgress } from '../gaps/service';
import type { AsOf } from '../history/asOf';
import { withPastGraph } from '../history/past';
import { pastDatabase } from './pastEngine';

interface Analysis {
  gaps: Gap[];
  matrix: GapMatrix;
  targets: TargetProgress[];
}

/** The engine's three answers on `db`: gaps first, whose fact sets cover the matrix's and the targets'. */
async function analyseOn(db: Database, regionId: string): Promise<Analysis> {
  const gaps = await computeGaps(db, {}, { regionId });
  const matrix = await computeMatrix(db, {}, { regionId });
  const targets = await computeTargetProgress(db, { regionId });
  return { gaps, matrix, targets };
}

/** Now: the current graph (and its kept facts); a past moment: one as-of transaction for all three. */
function analyse(db: Database, regionId: string, asOf: AsOf | undefined): Promise<Analysis> {
  if (!asOf) return analyseOn(db, regionId);
  return withPastGraph(db, asOf.atMs, (past) => analyseOn(pastDatabase(past, String(asOf.atMs)), regionId));
}

function byId<T>(items: readonly T[], id: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [id(item), item]));
}

export async function consequences(db: Database, regionId: string, since: AsOf, until: AsOf | undefined): Promise<ChangesView['consequences']> {
  const before = await analyse(db, regionId, since);
  const after = await analyse(db, regionId, until);
  const gapsBefore = byId(before.gaps, (g) => g.id);
  const gapsAfter = byId(after.gaps, (g) => g.id);
  const rowsBefore = byId(before.matrix.rows, (r) => r.industry.id);
  const rowsAfter = byId(after.matrix.rows, (r) => r.industry.id);
  const scores = [...new Set([...rowsBefore.keys(), ...rowsAfter.keys()])].flatMap((id) => {
    const was = rowsBefore.get(id);
    const is = rowsAfter.get(id);
    const industry: NodeRef = (is ?? was)!.industry;
    const b = was?.score.total ?? null;
    const a = is?.score.total ?? null;
    return a === b ? [] : [{ industry, before: b, after: a }];
  });
  const targetsBefore = byId(before.targets, (t) => t.target.id);
  const targetsAfter = byId(after.targets, (t) => t.target.id);
  const targets = [...new Set([...targetsBefore.keys(), ...targetsAfter.keys()])].flatMap((id) => {
    const was = targetsBefore.get(id);
    const is = targetsAfter.get(id);
    const b = was?.status ?? null;
    const a = is?.status ?? null;
    return a === b ? [] : [{ target: (is ?? was)!.target, before: b, after: a }];
  });
  return {
    gapsOpened: after.gaps.filter((g) => !gapsBefore.has(g.id)),
    gapsClosed: before.gaps.filter((g) => !gapsAfter.has(g.id)),
    scores,
    targets,
  };
}
