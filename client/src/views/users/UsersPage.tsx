// /admin/users (administrators): the accounts with their roles; create one, change a role, disable or
// enable, reset a password. Every change goes to the audit log on the server.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import { toApiError, useApi } from '../../api/useApi';
import { ROLES, type Role, type UserBody, type UserDto, type UserList } from '../../api/wire';
import { Dialog } from '../../components/Dialog';
import { FieldError, FormError, splitErrors } from '../../components/FormErrors';
import { RequirePermission } from '../../components/RequirePermission';
import { Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { ROLE_NAMES } from '../../i18n/strings';
import { useSession } from '../../state/session';

export function UsersPage() {
  return (
    <RequirePermission permission="admin">
      <UsersScreen />
    </RequirePermission>
  );
}

function UsersScreen() {
  const lang = useLang();
  const { t } = lang;
  const { state, reload } = useApi<UserList>('/api/users');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const me = useSession()?.user?.username;
  const time = useMemo(() => new Intl.DateTimeFormat(lang.lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }), [lang.lang]);
  const roleName = (role: Role) => lang.pick(ROLE_NAMES[role].zh, ROLE_NAMES[role].en);

  const update = (user: UserDto, changes: Partial<Pick<UserDto, 'role' | 'disabled'>>, message: string) => {
    setError(null);
    setNote(null);
    sendJson(`/api/users/${encodeURIComponent(user.username)}`, { method: 'PATCH', json: changes })
      .then(() => {
        setNote(message);
        reload();
      })
      .catch((e: unknown) => {
        setError(toApiError(e));
        reload();
      });
  };

  return (
    <div className="page admin-page">
      <header className="page-head">
        <h1>{t('usersTitle')}</h1>
        <p className="lead">{t('usersIntro')}</p>
      </header>
      <div className="admin-layout">
        <section className="card" aria-labelledby="users-title">
          <h2 id="users-title" className="visually-hidden">
            {t('usersTitle')}
          </h2>
          {note && (
            <p className="flash" role="status" data-testid="users-note">
              {note}
            </p>
          )}
          <FormError error={error} other={error?.details} />
          <Loaded state={state} reload={reload}>
            {(body) => (
              <div className="table-scroll">
                <table className="data-table" data-testid="users-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('username')}</th>
                      <th scope="col">{t('displayNameColumn')}</th>
                      <th scope="col">{t('role')}</th>
                      <th scope="col">{t('accountStatus')}</th>
                      <th scope="col">{t('lastLogin')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('editing')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {body.items.map((user) => (
                      <tr key={user.username} data-username={user.username} className={user.disabled ? 'disabled-row' : undefined}>
                        <th scope="row">
                          {user.username}
                          {user.username === me && <span className="muted small"> {t('you')}</span>}
                        </th>
                        <td>{user.displayName ?? <span className="muted">—</span>}</td>
                        <td>
                          <select
                            value={user.role}
                            aria-label={t('changeRoleOf', { user: user.username })}
                            onChange={(event) => {
                              const role = event.target.value as Role;
                              update(user, { role }, t('roleChanged', { user: user.username, role: roleName(role) }));
                            }}
                            data-testid={`role-${user.username}`}
                          >
                            {ROLES.map((role) => (
                              <option key={role} value={role}>
                                {roleName(role)}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td>{user.disabled ? <span className="badge badge-disabled">{t('accountDisabled')}</span> : t('accountActive')}</td>
                        <td className="small">{user.lastLoginAt ? time.format(new Date(user.lastLoginAt)) : <span className="muted">{t('never')}</span>}</td>
                        <td className="button-row">
                          <button type="button" onClick={() => setResetting(user)}>
                            {t('resetPassword')}
                          </button>
                          <button
                            type="button"
                            className={user.disabled ? undefined : 'danger-quiet'}
                            onClick={() => update(user, { disabled: !user.disabled }, t('userToggled', { user: user.username }))}
                          >
                            {t(user.disabled ? 'enableUser' : 'disableUser')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Loaded>
        </section>
        <CreateUserForm
          onCreated={(username) => {
            setError(null);
            setNote(t('userCreated', { user: username }));
            reload();
          }}
        />
      </div>
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            setNote(t('passwordWasReset', { user: resetting.username }));
            setResetting(null);
          }}
        />
      )}
    </div>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (username: string) => void }) {
  const lang = useLang();
  const { t } = lang;
  const ids = useId();
  const empty = { username: '', displayName: '', password: '', role: 'viewer' as Role };
  const [values, setValues] = useState(empty);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body = { username: values.username, password: values.password, role: values.role, ...(values.displayName.trim() ? { displayName: values.displayName } : {}) };
    sendJson<UserBody>('/api/users', { json: body })
      .then(({ user }) => {
        setValues(empty);
        onCreated(user.username);
      })
      .catch((e: unknown) => setError(toApiError(e)))
      .finally(() => setBusy(false));
  };

  const { byField, other } = splitErrors(error, ['username', 'displayName', 'password', 'role']);
  const field = (name: 'username' | 'displayName' | 'password', label: string, required: boolean, extra: Record<string, string> = {}) => (
    <div className="form-field">
      <label htmlFor={`${ids}-${name}`}>
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      <input
        id={`${ids}-${name}`}
        name={name}
        value={values[name]}
        onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
        aria-required={required || undefined}
        aria-invalid={byField.has(name) || undefined}
        aria-describedby={byField.has(name) ? `${ids}-${name}-error` : undefined}
        disabled={busy}
        {...extra}
      />
      {name === 'password' && <span className="field-hint">{t('passwordRule')}</span>}
      <FieldError id={`${ids}-${name}-error`} details={byField.get(name)} />
    </div>
  );
  return (
    <section className="card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('createUser')}</h2>
      <form onSubmit={submit} noValidate className="edit-form" data-testid="create-user">
        <FormError error={error && byField.size === 0 ? error : null} other={other} />
        {field('username', t('username'), true, { autoComplete: 'off', spellCheck: 'false' })}
        {field('displayName', t('displayName'), false)}
        {field('password', t('newPassword'), true, { type: 'password', autoComplete: 'new-password' })}
        <div className="form-field">
          <label htmlFor={`${ids}-role`}>{t('role')}</label>
          <select id={`${ids}-role`} value={values.role} onChange={(event) => setValues((v) => ({ ...v, role: event.target.value as Role }))} disabled={busy}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {lang.pick(ROLE_NAMES[role].zh, ROLE_NAMES[role].en)}
              </option>
            ))}
          </select>
          <FieldError id={`${ids}-role-error`} details={byField.get('role')} />
        </div>
        <button type="submit" className="primary" disabled={busy} data-testid="create-user-submit">
          {t('createUser')}
        </button>
      </form>
    </section>
  );
}

function ResetPasswordDialog({ user, onClose, onDone }: { user: UserDto; onClose: () => void; onDone: () => void }) {
  const { t } = useLang();
  const ids = useId();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    sendJson(`/api/users/${encodeURIComponent(user.username)}`, { method: 'PATCH', json: { password } })
      .then(onDone)
      .catch((e: unknown) => {
        setError(toApiError(e));
        setBusy(false);
      });
  };
  const { byField, other } = splitErrors(error, ['password']);
  return (
    <Dialog title={`${t('resetPassword')} · ${user.username}`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="edit-form">
        <FormError error={error && byField.size === 0 ? error : null} other={other} />
        <div className="form-field">
          <label htmlFor={`${ids}-password`}>{t('newPassword')}</label>
          <input
            id={`${ids}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={byField.has('password') || undefined}
            autoFocus
          />
          <span className="field-hint">{t('passwordRule')}</span>
          <FieldError id={`${ids}-password-error`} details={byField.get('password')} />
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('resetPassword')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
