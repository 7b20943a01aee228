// The moments a view reads at, kept in the URL like ?region= so a view can be bookmarked: ?asOf= (the
// graph as recorded then) and ?since= (what changed after). Each is a date YYYY-MM-DD (asOf: the end of
// that day, since: its start, China time) or an ISO date-time with zone, exactly as the API takes them
// (graph/model/moments.ts); absent means now / none.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { chinaToday } from '../../../graph/model/moments';

export const AS_OF_PARAM = 'asOf';
export const SINCE_PARAM = 'since';
export type TimeParam = typeof AS_OF_PARAM | typeof SINCE_PARAM;

/** An API URL with `key=value` added; unchanged when value is null. */
export function withParam(url: string, key: string, value: string | null): string {
  if (!value) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}

/** Today in China Standard Time (the users' day), as YYYY-MM-DD: the latest date a control offers. */
export { chinaToday } from '../../../graph/model/moments';

/** The day part a date input shows for a URL value (a date-time shows its China-time day). */
export function dayOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? '' : chinaToday(new Date(ms));
}

/** One moment parameter from the URL, and a setter that writes it (null removes it). */
export function useTimeParam(key: TimeParam): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(key) || null;
  const set = useCallback(
    (next: string | null) =>
      setParams((prev) => {
        const updated = new URLSearchParams(prev);
        if (next) updated.set(key, next);
        else updated.delete(key);
        return updated;
      }),
    [setParams, key],
  );
  return [value, set];
}
