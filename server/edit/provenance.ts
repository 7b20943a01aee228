// Provenance of a user's edit: sourceKind "user" and who/when in sourceRef. Made-up demonstration
// data stays flagged illustrative when someone edits it, so a fictional firm is never shown as real.
import type { SourceKind } from '../../graph/model';

export interface EditStamp {
  username: string;
  /** ISO time of the change. */
  at: string;
}

export function editStamp(username: string, at = new Date()): EditStamp {
  return { username, at: at.toISOString() };
}

export function userProvenance(stamp: EditStamp, previous?: unknown): { sourceKind: SourceKind; sourceRef: string } {
  return {
    sourceKind: previous === 'illustrative' ? 'illustrative' : 'user',
    sourceRef: `user:${stamp.username}@${stamp.at}`,
  };
}

/**
 * A node's sourceUrl and observedAt vouch for the values it had: after a user's change they would vouch
 * for values their page never stated. So the change drops the old page and dates the fact to the edit's
 * day, unless it gives its own page or date (an editor citing where the new value comes from).
 */
export function restampSource(merged: Record<string, unknown>, changes: Record<string, unknown>, stamp: EditStamp): void {
  if (!('sourceUrl' in changes)) delete merged.sourceUrl;
  if (!('observedAt' in changes)) merged.observedAt = stamp.at.slice(0, 10);
}
