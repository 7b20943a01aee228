// Ids for nodes created without one (editors need not invent them): readable from the English name when
// there is one, else the label and a short random part. A taken candidate is replaced by the caller,
// inside the create's transaction, with the next attempt's candidate.
import { randomBytes } from 'node:crypto';
import type { NodeLabel } from '../../graph/model';

/** Long enough to read, short enough to type in a URL (Slug allows 100). */
const MAX_BASE = 60;

/** Lower-case ASCII words of a text joined by single hyphens ("Acme Textiles Co., Ltd." → "acme-textiles-co-ltd"). */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE)
    .replace(/^-+|-+$/g, '');
}

/** "InnovationCentre" → "innovation-centre". */
export function labelSlug(label: NodeLabel): string {
  return label.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Six base-36 characters: 2 billion values, so a repeat within one label is rare and then retried. */
function randomPart(): string {
  return (randomBytes(5).readUIntBE(0, 5) % 36 ** 6).toString(36).padStart(6, '0');
}

/** The id to try at an attempt: the English name's slug first, then with a random part added. */
export function idCandidate(label: NodeLabel, properties: Record<string, unknown>, attempt: number): string {
  const base = typeof properties.nameEn === 'string' ? slugOf(properties.nameEn) : '';
  if (base && attempt === 0) return base;
  return `${base || labelSlug(label)}-${randomPart()}`;
}

/** Whether a create asks the server for an id (none given, or null). */
export function wantsGeneratedId(properties: unknown): properties is Record<string, unknown> {
  return typeof properties === 'object' && properties !== null && !Array.isArray(properties) && (properties as Record<string, unknown>).id == null;
}

export const ID_ATTEMPTS = 5;
