// Relationship types that follow a property (HAS_LINK follows ChainLink.industryId, …) are changed
// through that property, never on their own: GET /api/edit/schema says which, read once per page.
// If it fails to load every type is offered; the server still refuses derived ones, in words.
import { getJson } from '../../api/client';
import type { EditSchema } from '../../api/wire';
import { loadOnce } from '../../state/loadOnce';

const useDerived = loadOnce(async (): Promise<ReadonlySet<string>> => {
  const schema = await getJson<EditSchema>('/api/edit/schema');
  return new Set(schema.relationships.filter((r) => r.followsProperty !== null).map((r) => r.type));
});

const NONE: ReadonlySet<string> = new Set();

/** Types that cannot be added or removed directly (empty until known). */
export function useDerivedTypes(): ReadonlySet<string> {
  return useDerived() ?? NONE;
}
