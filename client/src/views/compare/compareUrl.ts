// The comparison's state lives in the URL (?regions=a,b,c&industry=x), so a comparison is a bookmark.
// Each change is a new history entry: Back returns to the comparison before it.
import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

export interface CompareUrlState {
  regions: string[];
  industry: string | null;
}

/** The region ids of ?regions=, in order, each once. */
export function parseRegions(value: string | null): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return [...new Set(ids)];
}

export function useCompareUrlState(): [CompareUrlState, (patch: Partial<CompareUrlState>) => void] {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  const state: CompareUrlState = { regions: parseRegions(params.get('regions')), industry: params.get('industry') || null };
  const update = useCallback(
    (patch: Partial<CompareUrlState>) => {
      const next = new URLSearchParams(search);
      if (patch.regions !== undefined) {
        if (patch.regions.length > 0) next.set('regions', patch.regions.join(','));
        else next.delete('regions');
      }
      if (patch.industry !== undefined) {
        if (patch.industry) next.set('industry', patch.industry);
        else next.delete('industry');
      }
      // Commas kept readable in the bookmark (?regions=a,b rather than a%2Cb); ids are slugs.
      void navigate({ search: `?${next.toString().replaceAll('%2C', ',')}` });
    },
    [navigate, search],
  );
  return [state, update];
}
