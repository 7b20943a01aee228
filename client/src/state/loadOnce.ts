// A value read from the server once per page and shared by every component that asks for it: the first
// subscriber starts the request, every subscriber re-renders when it arrives, and after a failure the
// next subscriber tries again (the caller's views show errors themselves, so none is kept here).
import { useSyncExternalStore } from 'react';

/** A hook giving the loaded value, or null until it has arrived. */
export function loadOnce<T>(request: () => Promise<T>): () => T | null {
  let value: T | null = null;
  let loading = false;
  const listeners = new Set<() => void>();

  function load(): void {
    if (value !== null || loading) return;
    loading = true;
    request()
      .then((loaded) => {
        value = loaded;
        for (const listener of listeners) listener();
      })
      .catch(() => {
        loading = false;
      });
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    load();
    return () => listeners.delete(listener);
  }

  const snapshot = (): T | null => value;
  return function useLoaded(): T | null {
    return useSyncExternalStore(subscribe, snapshot);
  };
}
