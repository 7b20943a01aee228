// Building blocks shared by every node and relationship schema.
// This module is imported by the browser too: it must never import neo4j-driver or server code.
import { z } from 'zod';

/** Stable ids: lower-case ASCII slugs, so they survive renames and read well in URLs and Cypher. */
export const Slug = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: a-z, 0-9 and single hyphens, e.g. high-end-textiles (应为小写字母、数字和单个连字符组成的编号，例如 high-end-textiles)');
export type Slug = z.infer<typeof Slug>;

/**
 * Where a fact came from. `public`: a public page (news, company, government), cited by its address.
 * Illustrative data is made up for demonstration and must be shown as such.
 */
export const SOURCE_KINDS = ['document', 'domain', 'public', 'illustrative', 'import', 'user'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

const PARTIAL_DATE_MESSAGE = 'must be YYYY, YYYY-MM or YYYY-MM-DD (日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD)';

/** Whether the month and day of a well-formed partial date exist (no 2024-13 or 2023-02-29). */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** A year-month-day date or just a year, as written in policy documents. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, PARTIAL_DATE_MESSAGE)
  .refine(isCalendarDate, PARTIAL_DATE_MESSAGE);

/** http or https only: a link a reader can open (no javascript:, file: or data: addresses). */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export const WebAddress = z
  .string()
  .trim()
  .max(2000)
  .url('must be a web address (应为网址)')
  .refine(isWebAddress, 'must start with http:// or https:// (网址须以 http:// 或 https:// 开头)');

/**
 * Provenance as stored on every node and relationship (flat, since Neo4j properties are scalars).
 * sourceRef says where exactly: a document section such as `三(四)`, `file.csv#12`, or `user:alice`.
 */
export const Provenance = z.object({
  sourceKind: SourceKind,
  sourceRef: z.string().trim().min(1).max(300),
  /** The page the fact was read from. */
  sourceUrl: WebAddress.optional(),
  /** The date the fact was read, or the date it held. */
  observedAt: PartialDate.optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/**
 * Valid time: when the fact was true in the world (a firm founded, a park merged), on every node and
 * relationship. Not record time (when innochain learned it: server/history). validFrom after validTo is
 * refused where a record is written (validity.ts withValidityCheck), since a refined object cannot be extended.
 */
export const Validity = z.object({
  validFrom: PartialDate.optional(),
  validTo: PartialDate.optional(),
});
export type Validity = z.infer<typeof Validity>;

export const NameZh = z.string().trim().min(1).max(200);
export const NameEn = z.string().trim().min(1).max(300);


/** Characters that separate list items in spreadsheet cells and bulk-load CSV: never inside an alias. */
export const ALIAS_SEPARATORS = /[|;；]/;
export const ALIAS_LIMITS = { length: 100, count: 20 } as const;

/** One other name a node is known by (又称), in one language. */
export const Alias = z
  .string()
  .trim()
  .min(1, 'an alias must not be empty (别名不能为空)')
  .max(ALIAS_LIMITS.length, `an alias has at most ${ALIAS_LIMITS.length} characters (别名最多 ${ALIAS_LIMITS.length} 个字符)`)
  .refine((text) => !ALIAS_SEPARATORS.test(text), 'an alias must not contain |, ; or ； (they separate aliases in spreadsheets) (别名不能含有 |、; 或 ；，它们用于分隔多个别名)');

/** Other names, searched like the node's names; distinct, in the order written. */
export const Aliases = z
  .array(Alias)
  .max(ALIAS_LIMITS.count, `at most ${ALIAS_LIMITS.count} aliases (别名最多 ${ALIAS_LIMITS.count} 个)`)
  .refine((list) => new Set(list).size === list.length, 'aliases must not repeat (别名不能重复)');

/** Fields every node has. `version` is managed by the server for optimistic concurrency. */
export const NodeBase = z
  .object({
    id: Slug,
    nameZh: NameZh,
    nameEn: NameEn,
    descriptionZh: z.string().trim().max(4000).optional(),
    descriptionEn: z.string().trim().max(4000).optional(),
    aliasesZh: Aliases.optional(),
    aliasesEn: Aliases.optional(),
  })
  .extend(Validity.shape)
  .extend(Provenance.shape);
