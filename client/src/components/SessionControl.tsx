// The header's account corner: the logged-in user with a logout button, or a small login form (needed
// when the server is not in open read-only mode).
import { useId, useState, type FormEvent } from 'react';
import { toApiError } from '../api/useApi';
import { useLang } from '../i18n/lang';
import { ROLE_NAMES } from '../i18n/strings';
import { logIn, logOut, useSession } from '../state/session';

export function SessionControl() {
  const lang = useLang();
  const { t } = lang;
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (!session) return null;
  if (session.user) {
    const role = ROLE_NAMES[session.user.role];
    return (
      <div className="session">
        <span className="session-user" title={lang.pick(role.zh, role.en)}>
          {session.user.displayName ?? session.user.username}
          <span className="muted small"> · {lang.pick(role.zh, role.en)}</span>
        </span>
        <button type="button" onClick={() => void logOut().catch((e: unknown) => setError(lang.pick(toApiError(e).messageZh, toApiError(e).message)))}>
          {t('logOut')}
        </button>
      </div>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    setBusy(true);
    setError(null);
    logIn(field('username'), field('password')).catch((e: unknown) => {
      const apiError = toApiError(e);
      setError(lang.pick(apiError.messageZh, apiError.message));
      setBusy(false);
    });
  };
  return (
    <div className="session">
      <button type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen((o) => !o)} data-testid="login-open">
        {t('logIn')}
      </button>
      {open && (
        <form id={`${id}-form`} className="login-popup" onSubmit={submit} aria-label={t('logIn')}>
          <label>
            {t('username')}
            <input name="username" autoComplete="username" required autoFocus />
          </label>
          <label>
            {t('password')}
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {error && (
            <p role="alert" className="login-error">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {t('logIn')}
          </button>
          {!session.openRead && <p className="muted small">{t('loginNeeded')}</p>}
        </form>
      )}
    </div>
  );
}
