// The regions list by id, for names the comparison's answer does not carry (reference peers) and for
// flagging made-up regions (the answer does not say which are).
import { useMemo } from 'react';
import type { EntityDto } from '../../../../graph/model';

export interface KnownRegions {
  byId: ReadonlyMap<string, EntityDto>;
  illustrative: ReadonlySet<string>;
}

export function useKnownRegions(items: readonly EntityDto[] | null): KnownRegions {
  return useMemo(
    () => ({ byId: new Map((items ?? []).map((r) => [r.id, r])), illustrative: new Set((items ?? []).filter((r) => r.illustrative).map((r) => r.id)) }),
    [items],
  );
}
