// The maps' state lives in the URL (?measure=score&industry=x), so a coloured map is a bookmark. Each
// change is a new history entry; the other parameters (lang) stay.
import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { MapMeasure } from '../../../../graph/model/regionMap';
import { isMeasure } from './mapMeasures';

export interface MapUrlState {
  measure: MapMeasure;
  industry: string | null;
}

export function useMapUrlState(): [MapUrlState, (patch: Partial<MapUrlState>, replace?: boolean) => void] {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  const measure = params.get('measure');
  const state: MapUrlState = { measure: isMeasure(measure) ? measure : 'score', industry: params.get('industry') || null };
  const update = useCallback(
    (patch: Partial<MapUrlState>, replace = false) => {
      const next = new URLSearchParams(search);
      if (patch.measure !== undefined) next.set('measure', patch.measure);
      if (patch.industry !== undefined) {
        if (patch.industry) next.set('industry', patch.industry);
        else next.delete('industry');
      }
      void navigate({ search: `?${next.toString()}` }, { replace, preventScrollReset: true });
    },
    [navigate, search],
  );
  return [state, update];
}
