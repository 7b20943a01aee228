// Cases (问题清单): a gap taken up by an owner, followed to its closure. Wire shapes shared by the
// server (server/cases) and the explorer (client/src/views/cases); the life cycle is docs/CASES.md.
import { z } from 'zod';

export const CASE_STATUSES = ['open', 'in-progress', 'resolved', 'dismissed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Who owns a case: a department (named freely) or a county (a region id of the graph). */
export const CASE_OWNER_KINDS = ['department', 'county'] as const;
export const CaseOwnerKind = z.enum(CASE_OWNER_KINDS);
export type CaseOwnerKind = z.infer<typeof CaseOwnerKind>;

/**
 * The status changes an editor may make (the engine makes two more: open or in progress → resolved when the
 * gap is gone, and an engine-resolved case → open when it is back). Keeping the status is always allowed.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  open: ['in-progress', 'resolved', 'dismissed'],
  'in-progress': ['open', 'resolved', 'dismissed'],
  resolved: ['open', 'in-progress'],
  dismissed: ['open'],
};

/** Statuses a case still needs work in: only these can be overdue. */
export const ACTIVE_CASE_STATUSES: readonly CaseStatus[] = ['open', 'in-progress'];

/** The recorded change (GET /api/changes, server/history) that closed a gap, or what is known of it. */
export const ClosingChange = z.object({
  /** `<atMs>-<seq>` of the change's newest revision; null when the change was not recorded (a write outside innochain). */
  id: z.string().nullable(),
  /** When it was recorded (ISO), or when the engine first missed the gap if it was not recorded. */
  at: z.string(),
  actor: z.string().nullable(),
  via: z.string().nullable(),
  summaryZh: z.string(),
  summaryEn: z.string(),
});
export type ClosingChange = z.infer<typeof ClosingChange>;

/** One state a case went through, oldest first. `by` is a username, or "engine" for automatic changes. */
export const CaseState = z.object({
  status: CaseStatus,
  at: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
  closedBy: ClosingChange.nullable(),
});
export type CaseState = z.infer<typeof CaseState>;

/** What a briefing or a gap panel needs of a case. */
export const CaseSummary = z.object({
  id: z.string(),
  gapId: z.string(),
  scopeRegionId: z.string(),
  owner: z.string(),
  ownerKind: CaseOwnerKind,
  /** A county owner's name; the department's own name otherwise. */
  ownerNameZh: z.string(),
  ownerNameEn: z.string(),
  chainChief: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: CaseStatus,
  /** Due before today (China time) and still open or in progress. */
  overdue: z.boolean(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const Case = CaseSummary.extend({
  ruleId: z.string(),
  industryId: z.string().nullable(),
  industryNameZh: z.string().nullable(),
  industryNameEn: z.string().nullable(),
  /** The gap as the engine last described it (kept when it is gone). */
  gapTitleZh: z.string(),
  gapTitleEn: z.string(),
  gapExplanationZh: z.string(),
  gapExplanationEn: z.string(),
  /** Regions the gap lies in (Gap.regionIds). */
  gapRegionIds: z.array(z.string()),
  /** True when the gap rested on illustrative data when last seen. */
  illustrative: z.boolean(),
  notes: z.string(),
  /** Why it was dismissed (required then). */
  reason: z.string().nullable(),
  /** Set while the engine's resolution stands: the change after which the gap was no longer found. */
  closedBy: ClosingChange.nullable(),
  /** Who set the current status: a username or "engine". */
  statusBy: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  states: z.array(CaseState),
});
export type Case = z.infer<typeof Case>;

export const CaseBody = z.object({ case: Case });
export type CaseBody = z.infer<typeof CaseBody>;

export const CaseList = z.object({ items: z.array(Case), total: z.number().int() });
export type CaseList = z.infer<typeof CaseList>;

/** "Engine" as the author of automatic state changes. */
export const CASE_ENGINE = 'engine';

/** Overdue: a due date before today (China time, YYYY-MM-DD compares as text) on a case still needing work. */
export function isOverdue(status: CaseStatus, dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today && ACTIVE_CASE_STATUSES.includes(status);
}

/** Names a person reads, Chinese and English. */
export const CASE_STATUS_NAMES: Readonly<Record<CaseStatus, { zh: string; en: string }>> = {
  open: { zh: '待处理', en: 'Open' },
  'in-progress': { zh: '处理中', en: 'In progress' },
  resolved: { zh: '已解决', en: 'Resolved' },
  dismissed: { zh: '已驳回', en: 'Dismissed' },
};

export const CASE_OWNER_KIND_NAMES: Readonly<Record<CaseOwnerKind, { zh: string; en: string }>> = {
  department: { zh: '部门', en: 'Department' },
  county: { zh: '区县', en: 'County' },
};
