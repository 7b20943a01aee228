// GET /api/changes: what was recorded between two moments, and what it did to the analysis.
import { z } from 'zod';
import { Gap, NodeRef } from './gaps';
import { TargetStatus } from './targets';

export const CHANGE_OPS = ['add', 'change', 'end'] as const;

/** One end of a changed relationship, or a changed node: named as it was or is. */
export const ChangedNode = z.object({ id: z.string(), label: z.string().nullable(), nameZh: z.string(), nameEn: z.string() });
export type ChangedNode = z.infer<typeof ChangedNode>;

export const FactChange = z.object({
  /** When it was recorded (ISO 8601, UTC). */
  at: z.string(),
  op: z.enum(CHANGE_OPS),
  entity: z.enum(['node', 'relationship']),
  /** The node, for a node change. */
  node: ChangedNode.nullable(),
  /** The relationship, for a relationship change. */
  relationship: z.object({ type: z.string(), from: ChangedNode, to: ChangedNode }).nullable(),
  /** Properties that differ (none for add and end). */
  changed: z.array(z.string()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  actor: z.string(),
  via: z.string(),
});
export type FactChange = z.infer<typeof FactChange>;

export const ScoreChange = z.object({ industry: NodeRef, before: z.number().nullable(), after: z.number().nullable() });
export const TargetStatusChange = z.object({ target: NodeRef, before: TargetStatus.nullable(), after: TargetStatus.nullable() });

export const ChangesView = z.object({
  since: z.string(),
  /** The start asked for, when it was before the history began: the period then starts where it began (`since`). */
  sinceAsked: z.string().nullable(),
  until: z.string(),
  regionId: z.string(),
  facts: z.array(FactChange),
  /** Facts recorded in the period (before `limit` cut the list). */
  total: z.number().int(),
  truncated: z.boolean(),
  consequences: z.object({
    gapsOpened: z.array(Gap),
    gapsClosed: z.array(Gap),
    /** Industries whose 六个一 score moved (before null: not analysed then; after null: not now). */
    scores: z.array(ScoreChange),
    targets: z.array(TargetStatusChange),
  }),
});
export type ChangesView = z.infer<typeof ChangesView>;
