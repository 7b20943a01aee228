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
