// Freshness: after how many months a fact of each kind may be stale (the configuration), and the wire
// shape of GET /api/freshness. How an age is counted: freshnessAge.ts.
import { z } from 'zod';
import { NodeRef } from './gaps';
import { NODE_LABELS, type NodeLabel } from './nodes';
import { RELATIONSHIP_TYPES, type RelationshipType } from './relationships';

const Months = z.number().int().min(1).max(1200);

/**
 * Thresholds in months, per node label and per relationship type; anything not named uses defaultMonths.
 * An unknown label or type is refused, so a typo cannot leave a kind of fact on the default unnoticed.
 */
export const FreshnessConfig = z
  .object({
    $comment: z.string().optional(),
    defaultMonths: Months.describe('Months after which a fact of a label or type not listed may be stale / 未列出类型的过时阈值（月）'),
    labels: z.partialRecord(z.enum(NODE_LABELS as [NodeLabel, ...NodeLabel[]]), Months).default({}),
    relationships: z.partialRecord(z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]), Months).default({}),
  })
  .strict();
export type FreshnessConfig = z.infer<typeof FreshnessConfig>;

/** The threshold of a node label or relationship type. */
export function thresholdMonths(config: FreshnessConfig, kind: 'node' | 'relationship', label: string): number {
  const table: Record<string, number | undefined> = kind === 'node' ? config.labels : config.relationships;
  return table[label] ?? config.defaultMonths;
}

export const FactKind = z.enum(['node', 'relationship']);
export type FactKind = z.infer<typeof FactKind>;

/**
 * What a fact's age counts from: `observed`, its observedAt; `changed`, for a fact without one, the day of
 * its last change recorded in the history store (server/history). A fact with neither is undated.
 */
export const AgeBasis = z.enum(['observed', 'changed']);
export type AgeBasis = z.infer<typeof AgeBasis>;

/** Ages of a group of facts (a label, a source, or all). Ages are whole months on the day `at`. */
export const FreshnessGroup = z.object({
  facts: z.number().int(),
  /** Facts with an age: an observedAt, or else a recorded change. */
  dated: z.number().int(),
  /** Of the dated facts, those aged from their last recorded change (they have no observedAt). */
  byChange: z.number().int(),
  stale: z.number().int(),
  /** Facts with neither an observedAt nor a recorded change: neither fresh nor stale, listed apart. */
  undated: z.number().int(),
  /** The day of the oldest dated fact: its observedAt as stored (a partial date) or its last change (YYYY-MM-DD); null when none is dated. */
  oldest: z.string().nullable(),
  /** What `oldest` is. */
  oldestBasis: AgeBasis.nullable(),
  oldestAgeMonths: z.number().int().nullable(),
  /** The median age of the dated facts in months (the mean of the two middle ones for an even count). */
  medianAgeMonths: z.number().nullable(),
});
export type FreshnessGroup = z.infer<typeof FreshnessGroup>;

export const LabelFreshness = FreshnessGroup.extend({ kind: FactKind, label: z.string(), thresholdMonths: z.number().int() });
export type LabelFreshness = z.infer<typeof LabelFreshness>;

export const SourceFreshness = FreshnessGroup.extend({
  sourceKind: z.string().nullable(),
  /** The dataset a fact was loaded with, or the file an import read (sourceRef before '#'); null otherwise. */
  origin: z.string().nullable(),
});
export type SourceFreshness = z.infer<typeof SourceFreshness>;

/** One fact to renew (or to date). A relationship names both ends; a node is its own `node`. */
export const FreshnessFact = z.object({
  kind: FactKind,
  label: z.string(),
  node: NodeRef,
  /** Relationships only: the other end. */
  to: NodeRef.optional(),
  sourceKind: z.string().nullable(),
  sourceRef: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  origin: z.string().nullable(),
  observedAt: z.string().nullable(),
  /** The day of the last recorded change (YYYY-MM-DD) when the age counts from it; null otherwise. */
  changedAt: z.string().nullable(),
  /** What the age counts from; null when undated. */
  basis: AgeBasis.nullable(),
  ageMonths: z.number().int().nullable(),
  thresholdMonths: z.number().int(),
  /** Days past the threshold; null when undated. */
  overdueDays: z.number().int().nullable(),
});
export type FreshnessFact = z.infer<typeof FreshnessFact>;

export const FreshnessList = z.object({ items: z.array(FreshnessFact), total: z.number().int(), truncated: z.boolean() });
export type FreshnessList = z.infer<typeof FreshnessList>;

export const FreshnessView = z.object({
  /** The day ages are counted to (YYYY-MM-DD). */
  at: z.string(),
  /** The region whose facts are counted, or null for the whole graph. */
  region: NodeRef.nullable(),
  config: FreshnessConfig,
  total: FreshnessGroup,
  byLabel: z.array(LabelFreshness),
  bySource: z.array(SourceFreshness),
  /** Stale facts, most overdue first. */
  stalest: FreshnessList,
  /** Facts with neither an observedAt nor a recorded change, by label and id. */
  undated: FreshnessList,
  limit: z.number().int(),
});
export type FreshnessView = z.infer<typeof FreshnessView>;

/** GET /api/freshness/config: the thresholds in force and today, for the detail panel's mark. */
export const FreshnessConfigView = z.object({ at: z.string(), config: FreshnessConfig, source: z.string() });
export type FreshnessConfigView = z.infer<typeof FreshnessConfigView>;
