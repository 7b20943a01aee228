// What the facts recorded in a period did to the analysis: the gap engine run on the graph as it was
// recorded at the start and at the end of the period (server/history), compared: gaps opened and
// closed (by their stable ids), 六个一 scores that moved, targets whose status changed.
import type { Database } from '../../graph/db/database';
import type { ChangesView, Gap, GapMatrix, NodeRef, TargetProgress } from '../../graph/model';
import { computeGaps, computeMatrix, computeTargetProgress } from '../gaps/service';
import type { AsOf } from '../history/asOf';

interface Analysis {
  gaps: Gap[];
  matrix: GapMatrix;
  targets: TargetProgress[];
}

async function analyse(db: Database, regionId: string, asOf: AsOf | undefined): Promise<Analysis> {
  const options = { regionId, ...(asOf ? { asOf } : {}) };
  // One after another: each as-of read holds a transaction with the graph taken back.
  const gaps = await computeGaps(db, {}, options);
  const matrix = await computeMatrix(db, {}, options);
  const targets = await computeTargetProgress(db, options);
  return { gaps, matrix, targets };
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
