// A :GapCase node as stored and as sent: states and the closing change are kept as JSON text (Neo4j
// properties are scalars), and whether a case is overdue is judged when it is read, against today.
import type { QueryResult } from 'neo4j-driver';
import { z } from 'zod';
import { Case, CaseOwnerKind, CaseState, CaseStatus, ClosingChange, chinaToday, isOverdue, type CaseSummary } from '../../graph/model';
import { parseStoredJson, readRows } from '../presenters/rows';

const Text = z.string();
const MaybeText = z.string().nullable().optional().transform((v) => v ?? null);

/** The stored properties (everything but `overdue`, with the two JSON fields as text). */
export const StoredCase = z.object({
  id: Text,
  key: Text,
  gapId: Text,
  scopeRegionId: Text,
  owner: Text,
  ownerKind: CaseOwnerKind,
  ownerNameZh: Text,
  ownerNameEn: Text,
  chainChief: MaybeText,
  dueDate: MaybeText,
  status: CaseStatus,
  ruleId: Text,
  industryId: MaybeText,
  industryNameZh: MaybeText,
  industryNameEn: MaybeText,
  gapTitleZh: Text,
  gapTitleEn: Text,
  gapExplanationZh: Text,
  gapExplanationEn: Text,
  gapRegionIds: z.array(Text).nullable().optional().transform((v) => v ?? []),
  illustrative: z.boolean().nullable().optional().transform((v) => v ?? false),
  notes: z.string().nullable().optional().transform((v) => v ?? ''),
  reason: MaybeText,
  closedBy: MaybeText,
  statusBy: Text,
  /** When the status was last set, in epoch ms: the start of the window the closing change is looked for in. */
  statusAtMs: z.number(),
  createdAt: Text,
  createdBy: Text,
  updatedAt: Text,
  states: Text,
});
export type StoredCase = z.infer<typeof StoredCase>;

const States = z.array(CaseState);

export function toCase(stored: StoredCase, today: string = chinaToday()): Case {
  const { key: _key, statusAtMs: _at, closedBy, states, ...rest } = stored;
  return Case.parse({
    ...rest,
    closedBy: ClosingChange.nullable().catch(null).parse(parseStoredJson(closedBy)),
    states: States.catch([]).parse(parseStoredJson(states)),
    overdue: isOverdue(stored.status, stored.dueDate, today),
  });
}

export function toSummary(stored: StoredCase, today: string = chinaToday()): CaseSummary {
  return {
    id: stored.id,
    gapId: stored.gapId,
    scopeRegionId: stored.scopeRegionId,
    owner: stored.owner,
    ownerKind: stored.ownerKind,
    ownerNameZh: stored.ownerNameZh,
    ownerNameEn: stored.ownerNameEn,
    chainChief: stored.chainChief,
    dueDate: stored.dueDate,
    status: stored.status,
    overdue: isOverdue(stored.status, stored.dueDate, today),
  };
}

const Row = z.object({ c: StoredCase });

/** The stored cases of a result whose rows hold `c {.*} AS c`. */
export function storedCases(result: QueryResult): StoredCase[] {
  return readRows(result, Row).map((row) => row.c);
}
