// View state kept in the URL query string, so every view is bookmarkable and shareable.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface ChainUrlState {
  /** Selected node id (?node=). */
  node: string | null;
  /** Selected gap id (?gap=). */
  gap: string | null;
  /** Expanded links (?expand=a,b) or every link (?expand=all). */
  expand: string[];
}

export function parseExpand(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function useChainUrlState(): [ChainUrlState, (patch: Partial<ChainUrlState>) => void] {
  const [params, setParams] = useSearchParams();
  const state: ChainUrlState = {
    node: params.get('node'),
    gap: params.get('gap'),
    expand: parseExpand(params.get('expand')),
  };
  const update = useCallback(
    (patch: Partial<ChainUrlState>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          const text = Array.isArray(value) ? value.join(',') : value;
          if (text === null || text === undefined || text === '') next.delete(key);
          else next.set(key, text);
        }
        return next;
      });
    },
    [setParams],
  );
  return [state, update];
}
