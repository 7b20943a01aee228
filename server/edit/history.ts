// What an edit touches, for the history store (server/history/record.ts): the node, and the
// relationships its reference properties stand for (relinked with it). A delete touches every
// relationship of the node, since they go with it.
import type { NodeLabel, RelationshipType } from '../../graph/model';
import type { ChangeOrigin } from '../history/record';
import type { Touched } from '../history/snapshot';
import { referencesOf } from './references';

export function nodeEditTouches(id: string, label: NodeLabel): Touched {
  const types = referencesOf(label).flatMap((rule): RelationshipType[] => (rule.relationship ? [rule.relationship.type] : []));
  return { nodeIds: [id], ...(types.length > 0 ? { relationshipsOf: { ids: [id], types } } : {}) };
}

export function nodeDeleteTouches(id: string): Touched {
  return { nodeIds: [id], relationshipsOf: { ids: [id] } };
}

export const editOrigin = (username: string): ChangeOrigin => ({ actor: username, via: 'edit' });
