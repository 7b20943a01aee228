// Editing one node in the side panel: the form is filled from GET /api/edit/nodes/:id and remembers the
// version it is based on; saving sends only the changed fields with that version. A 400 puts each
// reason beside its field; a 409 (someone saved first) is explained, with a button to load the latest.
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { getJson, type ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import { toApiError } from '../../api/useApi';
import type { NodeView } from '../../api/wire';
import { FormError, splitErrors, withMissing } from '../../components/FormErrors';
import { Loading } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { bumpDataVersion } from '../../state/dataVersion';
import { changedProperties, formFields, missingRequired, toFormValues, type FormValues } from './formModel';
import { NodeFields } from './NodeForm';

interface Props {
  id: string;
  onDone: (view: NodeView) => void;
  onCancel: () => void;
}

export function EditNodeForm({ id, onDone, onCancel }: Props) {
  const lang = useLang();
  const { t } = lang;
  const [loaded, setLoaded] = useState<NodeView | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [note, setNote] = useState<string | null>(null);

  const fields = useMemo(() => (loaded ? formFields(loaded.node.label) : []), [loaded]);

  const show = useCallback((view: NodeView) => {
    setLoaded(view);
    setValues(toFormValues(formFields(view.node.label), view.node.properties));
    setMissing([]);
    setError(null);
    setConflict(null);
    setNote(null);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    getJson<NodeView>(`/api/edit/nodes/${encodeURIComponent(id)}`, controller.signal)
      .then(show)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(toApiError(e));
      });
    return () => controller.abort();
  }, [id, show]);

  /** After a conflict: the latest version, whose values replace the form's. */
  const load = () => {
    setBusy(true);
    getJson<NodeView>(`/api/edit/nodes/${encodeURIComponent(id)}`)
      .then(show)
      .catch((e: unknown) => setError(toApiError(e)))
      .finally(() => setBusy(false));
  };

  if (!loaded) return error ? <FormError error={error} /> : <Loading />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = missingRequired(fields, values);
    setMissing(empty);
    if (empty.length > 0) return;
    const changes = changedProperties(fields, values, loaded.node.properties);
    if (Object.keys(changes).length === 0) {
      setNote(t('noChanges'));
      return;
    }
    setBusy(true);
    setError(null);
    setNote(null);
    sendJson<NodeView>(`/api/edit/nodes/${encodeURIComponent(id)}`, { method: 'PATCH', json: { version: loaded.version, changes } })
      .then((view) => {
        bumpDataVersion();
        onDone(view);
      })
      .catch((e: unknown) => {
        const apiError = toApiError(e);
        if (apiError.code === 'version_conflict') setConflict(apiError);
        else setError(apiError);
        setBusy(false);
      });
  };

  const split = splitErrors(error, fields.map((f) => f.name));
  const other = split.other;
  const byField = withMissing(split.byField, missing, (field) => ({ field, reason: t('fieldRequired'), reasonZh: t('fieldRequired') }));
  return (
    <form
      className="edit-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="edit-title"
      data-testid="edit-form"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="detail-kind">
        {lang.labelName(loaded.node.label)} · <span data-testid="edit-version">{t('basedOnVersion', { version: loaded.version })}</span>
      </p>
      <h2 id="edit-title">{t('editTitle', { name: lang.name(loaded.node) })}</h2>
      <p className="muted small">{t('requiredNote')}</p>
      {conflict && (
        <div className="status status-error conflict" role="alert" data-testid="edit-conflict">
          <strong>{t('conflictTitle')}</strong>
          <p>{t('conflictExplain')}</p>
          <p className="muted small">{lang.pick(conflict.messageZh, conflict.message)}</p>
          <button type="button" onClick={load} disabled={busy} data-testid="edit-reload">
            {t('reloadLatest')}
          </button>
        </div>
      )}
      <FormError error={error} other={other} />
      <NodeFields fields={fields} values={values} onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))} errors={byField} readOnly={['id']} disabled={busy} editing />
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
      <div className="button-row sticky-actions">
        <button type="submit" className="primary" disabled={busy || conflict !== null} data-testid="edit-save">
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
