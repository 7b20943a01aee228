// Cases follow their gaps: when the engine no longer finds a case's gap the case is resolved, naming the
// change that closed it; when an engine-resolved gap is found again the case reopens. Run before cases
// are read and after every write through the API (feature.ts), and only when the database has changed
// since the last run (the version of server/gaps/cache.ts), so an unchanged graph costs one small read.
import type { Database } from '../../graph/db/database';
import { CASE_ENGINE, type CaseState, type ClosingChange } from '../../graph/model';
import { writeAudit } from '../auth/audit';
import { databaseVersion } from '../gaps/cache';
import { logger } from '../logger';
import { closingChange } from './closingChange';
import { gapSnapshot, gapsUnder, type GapSnapshot } from './gapFacts';
import { FOLLOWED_CASES, UPDATE_CASE } from './queries';
import { storedCases, toCase, type StoredCase } from './stored';

interface LastRun {
  version: string;
  /** When that run started: a gap it found was there then, so a closing change came after. */
  startedMs: number;
}

const lastRuns = new WeakMap<Database, LastRun>();
const running = new WeakMap<Database, Promise<void>>();
const again = new WeakSet<Database>();

interface Step {
  stored: StoredCase;
  to: 'resolved' | 'open';
  snapshot: GapSnapshot | null;
}

/** Brings the followed cases in line with the engine; callers arriving while it runs wait for one more run. */
export function reconcileCases(db: Database): Promise<void> {
  const current = running.get(db);
  if (current) {
    // A write may have landed after the running pass read its version: one more pass follows it.
    // The running promise settles only after that pass.
    again.add(db);
    return current;
  }
  const run = (async () => {
    try {
      do {
        again.delete(db);
        await reconcileOnce(db);
      } while (again.has(db));
    } finally {
      running.delete(db);
    }
  })();
  running.set(db, run);
  return run;
}

/** After an API write: reconciles in the background, logging rather than failing anything. */
export function reconcileSoon(db: Database): void {
  reconcileCases(db).catch((error: unknown) => logger.warn({ err: error }, 'cases: following the gaps failed'));
}

async function reconcileOnce(db: Database): Promise<void> {
  const startedMs = Date.now();
  const version = await databaseVersion(db);
  const last = lastRuns.get(db);
  if (last?.version === version) return;
  const followed = await db.read(async (tx) => storedCases(await tx.run(FOLLOWED_CASES)));
  const steps: Step[] = [];
  for (const [scope, cases] of groupByScope(followed)) {
    const gaps = await gapsUnder(db, scope, cases.map((c) => c.gapId), version);
    for (const stored of cases) {
      const gap = gaps.get(stored.gapId);
      if (!gap && stored.status !== 'resolved') steps.push({ stored, to: 'resolved', snapshot: null });
      if (gap && stored.status === 'resolved') steps.push({ stored, to: 'open', snapshot: gapSnapshot(gap) });
    }
  }
  if (steps.length > 0) await applySteps(db, steps, last?.startedMs ?? 0);
  // The version after our own write, so that write alone does not call for another pass.
  lastRuns.set(db, { version: steps.length > 0 ? await databaseVersion(db) : version, startedMs });
}

function groupByScope(cases: readonly StoredCase[]): Map<string, StoredCase[]> {
  const groups = new Map<string, StoredCase[]>();
  for (const c of cases) groups.set(c.scopeRegionId, [...(groups.get(c.scopeRegionId) ?? []), c]);
  return groups;
}

function withState(stored: StoredCase, state: CaseState): string {
  return JSON.stringify([...toCase(stored).states, state]);
}

/** One transaction for the whole pass; a case changed meanwhile by someone else is left as they left it. */
async function applySteps(db: Database, steps: readonly Step[], lastStartMs: number): Promise<void> {
  await db.write(async (tx) => {
    const untilMs = Date.now();
    for (const { stored, to, snapshot } of steps) {
      const at = new Date(untilMs).toISOString();
      const closedBy: ClosingChange | null = to === 'resolved' ? await closingChange(tx, Math.max(stored.statusAtMs, lastStartMs), untilMs) : null;
      const state: CaseState = { status: to, at, by: CASE_ENGINE, reason: null, closedBy };
      const props = {
        ...(snapshot ?? {}),
        status: to,
        statusBy: CASE_ENGINE,
        statusAtMs: untilMs,
        closedBy: closedBy ? JSON.stringify(closedBy) : null,
        reason: null,
        updatedAt: at,
        states: withState(stored, state),
      };
      const result = await tx.run(UPDATE_CASE, { id: stored.id, expectedStatus: stored.status, expectedUpdatedAt: stored.updatedAt, props });
      if (result.records.length === 0) continue;
      await writeAudit(tx, {
        username: CASE_ENGINE,
        action: to === 'resolved' ? 'case.auto-resolve' : 'case.auto-reopen',
        targetKind: 'case',
        targetId: stored.id,
        targetType: stored.gapId,
        before: { status: stored.status },
        after: { status: to, closedBy },
        at,
      });
    }
  });
}
