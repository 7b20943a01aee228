// Whether a CSS media query matches now, following changes (a rotated phone, a resized window).
import { useCallback, useSyncExternalStore } from 'react';

/** The width under which the header folds behind a menu button; styles.css uses the same figure. */
export const PHONE_QUERY = '(max-width: 760px)';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
