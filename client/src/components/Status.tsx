// Loading, error and empty states: never a blank page, errors in the server's own words.
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import type { ApiState } from '../api/useApi';
import { useLang } from '../i18n/lang';
import { SessionExpiredNote } from './SessionExpired';

export function Loading({ label }: { label?: string }) {
  const { t } = useLang();
  return (
    <p className="status status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, lang } = useLang();
  if (error.status === 401) return <SessionExpiredNote />;
  // The reader's language only: the server sends both, and a page holds no sentences of the other.
  const message = lang === 'zh' ? error.messageZh : error.message;
  return (
    <div className="status status-error" role="alert">
      <strong>{t('loadFailed')}</strong>
      <p>{message}</p>
      {error.code === 'unauthenticated' && <p>{t('loginHint')}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useLang();
  return <p className="status status-empty">{children ?? t('empty')}</p>;
}

/** Renders the ready state (or the same URL's data while it reloads after a write), or loading / error. */
export function Loaded<T>({
  state,
  reload,
  children,
}: {
  state: ApiState<T>;
  reload?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (state.kind === 'loading' && state.refreshing && state.previous !== undefined) return <>{children(state.previous)}</>;
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  return <>{children(state.data)}</>;
}
