// /login?next=<in-app path> — the first page a visitor sees when the server is closed to anonymous
// readers (the shell sends every view here), and the place a shared link waits while its reader logs
// in. After a login the page loads `next` if it is a path inside the app, else the overview.
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/client';
import type { Lang } from '../../i18n/strings';
import { toApiError } from '../../api/useApi';
import { useLang } from '../../i18n/lang';
import { safeNextPath } from '../../state/nextPath';
import { logIn, useSession } from '../../state/session';

type Attempt = { kind: 'idle' } | { kind: 'sending' } | { kind: 'failed'; error: ApiError };

export function LoginPage() {
  const lang = useLang();
  const { t } = lang;
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), window.location.origin);
  const [attempt, setAttempt] = useState<Attempt>({ kind: 'idle' });

  const sending = attempt.kind === 'sending';
  // Already logged in (a second tab, the back button): straight on to where the link pointed.
  if (session?.user) return <Navigate to={next ?? lang.href('/')} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    if (sending) return;
    setAttempt({ kind: 'sending' });
    // Success loads the destination, in the language chosen here; the page stays in its sending state until then.
    logIn(field('username'), field('password'), inLanguage(next ?? '/', lang.lang)).catch((error: unknown) => {
      setAttempt({ kind: 'failed', error: toApiError(error) });
    });
  };

  const error = attempt.kind === 'failed' ? attempt.error : null;
  const wrongCredentials = error?.code === 'invalid_credentials';
  return (
    <div className="page login-page">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title" aria-busy={sending} data-testid="login-form">
        <h1 id="login-title">{t('logIn')}</h1>
        <p className="muted">{t('loginIntro')}</p>
        {error && (
          <div className="status status-error form-error" role="alert" data-testid="login-error" data-code={error.code}>
            <strong>{error.status === 429 ? t('loginRateLimitedTitle') : t('loginFailedTitle')}</strong>
            <p>{lang.pick(error.messageZh, error.message)}</p>
          </div>
        )}
        <div className="form-field">
          <label htmlFor="login-username">{t('username')}</label>
          <input id="login-username" name="username" autoComplete="username" required autoFocus readOnly={sending} aria-invalid={wrongCredentials} />
        </div>
        <div className="form-field">
          <label htmlFor="login-password">{t('password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            readOnly={sending}
            aria-invalid={wrongCredentials}
          />
        </div>
        <button type="submit" className="primary login-submit" aria-disabled={sending} data-testid="login-submit">
          {sending && <span className="spinner inline-spinner" aria-hidden="true" />}
          {sending ? t('loggingIn') : t('logIn')}
        </button>
        {sending && (
          <p className="visually-hidden" role="status">
            {t('loggingIn')}
          </p>
        )}
      </form>
    </div>
  );
}

/** `path` with its ?lang= set to the language chosen on the login page (Chinese needs none). */
function inLanguage(path: string, lang: Lang): string {
  const url = new URL(path, window.location.origin);
  if (lang === 'zh') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return url.pathname + url.search + url.hash;
}
