// The changes since ?since= (GET /api/changes), loaded once for the overview's panel and the matrix's
// score deltas alike, so choosing a date costs one request.
import type { ChangesView } from '../../../../graph/model/changes';
import { useApi, type ApiState } from '../../api/useApi';
import { scopedUrl, useRegionId } from '../../state/regionScope';
import { AS_OF_PARAM, SINCE_PARAM, useTimeParam, withParam } from '../../state/timeScope';

export interface Changes {
  since: string | null;
  setSince: (value: string | null) => void;
  /** Null while no since date is chosen. */
  state: ApiState<ChangesView> | null;
  reload: () => void;
}

export function useChanges(): Changes {
  const regionId = useRegionId();
  const [since, setSince] = useTimeParam(SINCE_PARAM);
  // Viewing as of a date, the changes run up to it, so the deltas match the matrix shown.
  const [asOf] = useTimeParam(AS_OF_PARAM);
  const url = since ? scopedUrl(withParam(withParam('/api/changes', SINCE_PARAM, since), 'until', asOf), regionId) : null;
  const { state, reload } = useApi<ChangesView>(url);
  return { since, setSince, state: url ? state : null, reload };
}

/** Each industry's score change (after − before, rounded) where both are known and it moved. */
export function scoreDeltas(changes: ChangesView | null): ReadonlyMap<string, number> {
  const deltas = new Map<string, number>();
  for (const s of changes?.consequences.scores ?? []) {
    if (s.before === null || s.after === null) continue;
    const delta = Math.round(s.after) - Math.round(s.before);
    if (delta !== 0) deltas.set(s.industry.id, delta);
  }
  return deltas;
}

/** Ids of the nodes changed in the period: changed nodes and both ends of changed relationships. */
export function changedNodeIds(changes: ChangesView | null): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const fact of changes?.facts ?? []) {
    if (fact.node) ids.add(fact.node.id);
    if (fact.relationship) {
      ids.add(fact.relationship.from.id);
      ids.add(fact.relationship.to.id);
    }
  }
  return ids;
}

/** The ready data, or the data kept while the same URL reloads. */
export function readyData<T>(state: ApiState<T> | null): T | null {
  if (!state) return null;
  if (state.kind === 'ready') return state.data;
  if (state.kind === 'loading' && state.refreshing && state.previous !== undefined) return state.previous;
  return null;
}
