// The region the explorer analyses: ?region=<id> in the URL, so links, bookmarks and reloads keep it
// (lang.href carries it like ?lang=en); absent means the configured home city. Every view reading a
// scoped endpoint (gaps, chains, partners, questions, briefings) builds its URL with scopedUrl.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { GapConfig } from '../../../graph/model';
import type { RegionProfile } from '../../../graph/model/regions';
import { getJson } from '../api/client';
import { loadOnce } from './loadOnce';

export const REGION_PARAM = 'region';

/** An API or page URL with the scope added as `region=`; unchanged for the home city (no region). */
export function scopedUrl(url: string, regionId: string | null): string {
  if (!regionId) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${REGION_PARAM}=${encodeURIComponent(regionId)}`;
}

/** The region chosen in the URL, or null for the home city. */
export function useRegionId(): string | null {
  const [params] = useSearchParams();
  return params.get(REGION_PARAM) || null;
}

export type ScopeLevel = 'province' | 'city' | 'county';

export interface ScopeChoice {
  id: string;
  nameZh: string;
  nameEn: string;
  level: ScopeLevel;
}

export interface ScopeChoices {
  homeId: string;
  /** The province above the home city, the city, then its counties, in that order. */
  choices: ScopeChoice[];
}

/** The home city (the gap engine's configuration) with the province it lies in and its counties. */
export const useScopeChoices = loadOnce(async (): Promise<ScopeChoices> => {
  const { config } = await getJson<{ config: GapConfig }>('/api/gaps/rules');
  const profile = await getJson<RegionProfile>(`/api/regions/${encodeURIComponent(config.cityId)}/profile`);
  const pick = (ref: { id: string; nameZh: string; nameEn: string }, level: ScopeLevel): ScopeChoice => ({
    id: ref.id,
    nameZh: ref.nameZh,
    nameEn: ref.nameEn || ref.nameZh,
    level,
  });
  const province = profile.within[0];
  return {
    homeId: config.cityId,
    choices: [
      ...(province ? [pick(province, 'province')] : []),
      pick(profile.region, 'city'),
      ...profile.counties.map((c) => pick(c.region, 'county')),
    ],
  };
});

/** The scope's id (the home city's once known) and its choice, with a setter that writes the URL. */
export function useRegionScope(): {
  regionId: string | null;
  current: ScopeChoice | null;
  choices: ScopeChoices | null;
  setRegion: (id: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const regionId = params.get(REGION_PARAM) || null;
  const choices = useScopeChoices();
  const wanted = regionId ?? choices?.homeId;
  const current = choices?.choices.find((c) => c.id === wanted) ?? null;
  const homeId = choices?.homeId;
  const setRegion = useCallback(
    (id: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (id === homeId) next.delete(REGION_PARAM);
        else next.set(REGION_PARAM, id);
        return next;
      }),
    [setParams, homeId],
  );
  return { regionId, current, choices, setRegion };
}
