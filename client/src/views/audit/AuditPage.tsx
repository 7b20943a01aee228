// /admin/audit (administrators): the audit log, newest first, filtered and paged through the URL
// (?username=&action=&targetKind=&targetId=&from=&to=&offset=, and logins=show: logins are hidden unless
// asked for, and the choice is bookmarkable). Each entry names what it touched and opens into a table
// of its fields before and after.
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { AUDIT_ACTIONS, AUDIT_TARGET_KINDS, type AuditEntry, type Page } from '../../api/wire';
import { RequirePermission } from '../../components/RequirePermission';
import { Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { AUDIT_ACTION_NAMES, AUDIT_TARGET_NAMES } from '../../i18n/recordNames';
import { AuditTable } from './AuditTable';

const PAGE_SIZE = 50;
const FILTERS = ['username', 'action', 'targetKind', 'targetId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

export function AuditPage() {
  return (
    <RequirePermission permission="admin">
      <AuditScreen />
    </RequirePermission>
  );
}

function AuditScreen() {
  const lang = useLang();
  const { t } = lang;
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) query.set(name, value);
  }
  const showLogins = params.get('logins') === 'show' || params.get('action') === 'auth.login';
  query.set('logins', showLogins ? 'show' : 'hide');
  query.set('offset', String(offset));
  query.set('limit', String(PAGE_SIZE));
  const { state, reload } = useApi<Page<AuditEntry>>(`/api/audit?${query.toString()}`);

  const apply = (values: Record<Filter, string>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const name of FILTERS) {
        const value = values[name].trim();
        if (value) next.set(name, value);
        else next.delete(name);
      }
      next.delete('offset');
      return next;
    });
  const goTo = (nextOffset: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (nextOffset > 0) next.set('offset', String(nextOffset));
      else next.delete('offset');
      return next;
    });

  const setLogins = (show: boolean) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (show) next.set('logins', 'show');
      else next.delete('logins');
      next.delete('offset');
      return next;
    });

  return (
    <div className="page admin-page">
      <header className="page-head">
        <h1>{t('auditTitle')}</h1>
        <p className="lead">{t('auditIntro')}</p>
      </header>
      <Filters key={params.toString()} initial={Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<Filter, string>} onApply={apply} />
      <section className="card" aria-labelledby="audit-title">
        <h2 id="audit-title" className="visually-hidden">
          {t('auditTitle')}
        </h2>
        <label className="check-toggle">
          <input
            type="checkbox"
            checked={showLogins}
            disabled={params.get('action') === 'auth.login'}
            onChange={(event) => setLogins(event.target.checked)}
            data-testid="audit-logins"
          />{' '}
          {t('showLogins')}
        </label>
        <Loaded state={state} reload={reload}>
          {(page) => (
            <>
              <Pager page={page} onGo={goTo} />
              {page.items.length === 0 ? <p className="muted">{t('auditEmpty')}</p> : <AuditTable entries={page.items} />}
              {page.items.length > 10 && <Pager page={page} onGo={goTo} />}
            </>
          )}
        </Loaded>
      </section>
    </div>
  );
}

function Filters({ initial, onApply }: { initial: Record<Filter, string>; onApply: (values: Record<Filter, string>) => void }) {
  const lang = useLang();
  const { t } = lang;
  const ids = useId();
  const [values, setValues] = useState(initial);
  const set = (name: Filter, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const text = (name: Filter, label: string, type = 'text') => (
    <div className="form-field">
      <label htmlFor={`${ids}-${name}`}>{label}</label>
      <input id={`${ids}-${name}`} type={type} value={values[name]} onChange={(event) => set(name, event.target.value)} data-testid={`audit-${name}`} />
    </div>
  );
  const empty = Object.fromEntries(FILTERS.map((f) => [f, ''])) as Record<Filter, string>;
  return (
    <form className="card filter-bar" onSubmit={submit} aria-label={t('applyFilters')}>
      {text('username', t('filterUser'))}
      <div className="form-field">
        <label htmlFor={`${ids}-action`}>{t('filterAction')}</label>
        <select id={`${ids}-action`} value={values.action} onChange={(event) => set('action', event.target.value)} data-testid="audit-action">
          <option value="">{t('anyValue')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {lang.pick(AUDIT_ACTION_NAMES[action]?.zh ?? action, AUDIT_ACTION_NAMES[action]?.en ?? action)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${ids}-targetKind`}>{t('filterTargetKind')}</label>
        <select id={`${ids}-targetKind`} value={values.targetKind} onChange={(event) => set('targetKind', event.target.value)}>
          <option value="">{t('anyValue')}</option>
          {AUDIT_TARGET_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {lang.pick(AUDIT_TARGET_NAMES[kind]?.zh ?? kind, AUDIT_TARGET_NAMES[kind]?.en ?? kind)}
            </option>
          ))}
        </select>
      </div>
      {text('targetId', t('filterTargetId'))}
      {text('from', t('filterFrom'), 'date')}
      {text('to', t('filterTo'), 'date')}
      <div className="button-row filter-actions">
        <button type="submit" className="primary" data-testid="audit-apply">
          {t('applyFilters')}
        </button>
        <button
          type="button"
          onClick={() => {
            setValues(empty);
            onApply(empty);
          }}
        >
          {t('clearFilters')}
        </button>
      </div>
    </form>
  );
}

function Pager({ page, onGo }: { page: Page<AuditEntry>; onGo: (offset: number) => void }) {
  const { t } = useLang();
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  return (
    <nav className="pager" aria-label={t('pageRange', { from, to, total: page.total })}>
      <button type="button" onClick={() => onGo(Math.max(0, page.offset - page.limit))} disabled={page.offset === 0}>
        ‹ {t('previousPage')}
      </button>
      <span className="muted small" data-testid="audit-range">
        {t('pageRange', { from, to, total: page.total })}
      </span>
      <button type="button" onClick={() => onGo(page.offset + page.limit)} disabled={to >= page.total}>
        {t('nextPage')} ›
      </button>
    </nav>
  );
}
