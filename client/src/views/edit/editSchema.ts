// Relationship types that follow a property (HAS_LINK follows ChainLink.industryId, …) are changed
// through that property, never on their own: GET /api/edit/schema says which, read once per page.
import { useSyncExternalStore } from 'react';
import { getJson } from '../../api/client';
import type { EditSchema } from '../../api/wire';

let derived: ReadonlySet<string> | null = null;
let loading = false;
const listeners = new Set<() => void>();

function load(): void {
  if (derived || loading) return;
  loading = true;
  getJson<EditSchema>('/api/edit/schema')
    .then((schema) => {
      derived = new Set(schema.relationships.filter((r) => r.followsProperty !== null).map((r) => r.type));
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Without it every type is offered; the server still refuses derived ones, in words.
      loading = false;
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
}

const NONE: ReadonlySet<string> = new Set();

/** Types that cannot be added or removed directly (empty until known). */
export function useDerivedTypes(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => derived) ?? NONE;
}
