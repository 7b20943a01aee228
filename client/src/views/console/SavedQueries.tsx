// The analyst's saved queries (each user sees only their own): load one into the editor, save the
// current one under a name, delete one after confirming.
import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import { toApiError, useApi } from '../../api/useApi';
import type { SavedQuery, SavedQueryBody, SavedQueryList } from '../../api/wire';
import { Dialog } from '../../components/Dialog';
import { FieldError, FormError, splitErrors } from '../../components/FormErrors';
import { Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';

interface Props {
  cypher: string;
  paramsText: string;
  onLoad: (query: SavedQuery) => void;
}

export function SavedQueries({ cypher, paramsText, onLoad }: Props) {
  const lang = useLang();
  const { t } = lang;
  const ids = useId();
  const { state, reload } = useApi<SavedQueryList>('/api/console/saved');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<SavedQuery | null>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    let params: Record<string, unknown> | undefined;
    try {
      params = paramsText.trim() ? (JSON.parse(paramsText) as Record<string, unknown>) : undefined;
    } catch {
      params = undefined;
    }
    setBusy(true);
    setError(null);
    setNote(null);
    sendJson<SavedQueryBody>('/api/console/saved', {
      json: { name, description: description.trim() || undefined, cypher, ...(params ? { params } : {}) },
    })
      .then(({ query }) => {
        setNote(t('querySaved', { name: query.name }));
        setName('');
        setDescription('');
        reload();
      })
      .catch((e: unknown) => setError(toApiError(e)))
      .finally(() => setBusy(false));
  };

  const remove = (query: SavedQuery) => {
    setBusy(true);
    sendJson(`/api/console/saved/${encodeURIComponent(query.id)}`, { method: 'DELETE' })
      .then(() => {
        setDeleting(null);
        reload();
      })
      .catch((e: unknown) => setError(toApiError(e)))
      .finally(() => setBusy(false));
  };

  const { byField, other } = splitErrors(error, ['name', 'description', 'cypher']);
  return (
    <aside className="card saved-queries" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('savedQueries')}</h2>
      <Loaded state={state} reload={reload}>
        {(body) =>
          body.items.length === 0 ? (
            <p className="muted">{t('noSavedQueries')}</p>
          ) : (
            <ul className="plain-list saved-list" data-testid="saved-list">
              {body.items.map((query) => (
                <li key={query.id}>
                  <span className="saved-name">{query.name}</span>
                  {query.description && <span className="muted small saved-description">{query.description}</span>}
                  <span className="button-row">
                    <button type="button" onClick={() => onLoad(query)} aria-label={`${t('loadQuery')}: ${query.name}`}>
                      {t('loadQuery')}
                    </button>
                    <button type="button" className="danger-quiet" onClick={() => setDeleting(query)} aria-label={`${t('deleteWord')}: ${query.name}`}>
                      {t('deleteWord')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <form onSubmit={save} className="saved-form" noValidate>
        <h3>{t('saveQuery')}</h3>
        <FormError error={error && byField.size === 0 ? error : null} other={other} />
        <div className="form-field">
          <label htmlFor={`${ids}-name`}>
            {t('queryName')}
            <span className="required-mark" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <input id={`${ids}-name`} value={name} onChange={(event) => setName(event.target.value)} aria-required data-testid="saved-name" />
          <FieldError id={`${ids}-name-error`} details={byField.get('name')} />
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-description`}>{t('queryDescription')}</label>
          <input id={`${ids}-description`} value={description} onChange={(event) => setDescription(event.target.value)} />
          <FieldError id={`${ids}-description-error`} details={byField.get('description')} />
        </div>
        <FieldError id={`${ids}-cypher-error`} details={byField.get('cypher')} />
        <button type="submit" disabled={busy || cypher.trim() === ''} data-testid="saved-save">
          {t('save')}
        </button>
        {note && (
          <p className="muted small" role="status">
            {note}
          </p>
        )}
      </form>
      {deleting && (
        <Dialog title={t('deleteSavedConfirm', { name: deleting.name })} onClose={() => setDeleting(null)}>
          <pre className="code-block">{deleting.cypher}</pre>
          <div className="button-row">
            <button type="button" className="danger" onClick={() => remove(deleting)} disabled={busy} data-testid="saved-delete-confirm">
              {t('deleteWord')}
            </button>
            <button type="button" onClick={() => setDeleting(null)} autoFocus>
              {t('cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </aside>
  );
}
