// Loads JSON for a view: loading, error (with the server's words) or data; reloads when the URL
// changes, on reload(), and after any write (the data version).
import { useCallback, useEffect, useState } from 'react';
import { useDataVersion } from '../state/dataVersion';
import { ApiError, getJson } from './client';

export type ApiState<T> =
  /**
   * While (re)loading, the last data loaded (if any), so a view can keep showing it; `refreshing`
   * when that data answered the same URL (a reload after a write), which views may show meanwhile.
   */
  | { kind: 'loading'; previous?: T; refreshing?: boolean }
  | { kind: 'error'; error: ApiError }
  | { kind: 'ready'; data: T };

type Outcome<T> = { kind: 'error'; error: ApiError } | { kind: 'ready'; data: T };

export function useApi<T>(url: string | null): { state: ApiState<T>; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const dataVersion = useDataVersion();
  const key = `${attempt}:${dataVersion}:${url ?? ''}`;
  // The outcome remembers which request it answers; anything else in flight reads as loading.
  const [result, setResult] = useState<{ key: string; outcome: Outcome<T> } | null>(null);
  const [last, setLast] = useState<{ url: string; data: T } | undefined>(undefined);
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    getJson<T>(url, controller.signal)
      .then((data) => {
        setResult({ key, outcome: { kind: 'ready', data } });
        setLast({ url, data });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ key, outcome: { kind: 'error', error: toApiError(error) } });
      });
    return () => controller.abort();
  }, [url, key]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const state: ApiState<T> =
    result && result.key === key ? result.outcome : { kind: 'loading', previous: last?.data, refreshing: last !== undefined && last.url === url };
  return { state, reload };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'client_error', message, message);
}

/** The server's message in the reader's language. */
export function errorText(error: unknown, pick: (zh: string, en: string) => string): string {
  const apiError = toApiError(error);
  return pick(apiError.messageZh, apiError.message);
}
