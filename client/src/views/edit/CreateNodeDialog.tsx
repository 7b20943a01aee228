// Creating a node: choose its type, fill the form the model gives for it, send. The server sets the
// provenance (a user edit) and answers with the node, which the caller can then select.
import { useMemo, useState, type FormEvent } from 'react';
import { NODE_LABELS, type NodeLabel } from '../../../../graph/model';
import type { ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import { toApiError } from '../../api/useApi';
import type { NodeView } from '../../api/wire';
import { Dialog } from '../../components/Dialog';
import { FormError, splitErrors, withMissing } from '../../components/FormErrors';
import { useLang } from '../../i18n/lang';
import { bumpDataVersion } from '../../state/dataVersion';
import { createFields, createProperties, emptyFormValues, missingRequired, type FormValues } from './formModel';
import { NodeFields } from './NodeForm';

interface Props {
  /** Values to start with per label (e.g. the current industry for a chain link). */
  presets?: Partial<Record<NodeLabel, Record<string, unknown>>>;
  initialLabel?: NodeLabel;
  onClose: () => void;
  onCreated: (view: NodeView) => void;
}

export function CreateNodeDialog({ presets = {}, initialLabel = 'Enterprise', onClose, onCreated }: Props) {
  const lang = useLang();
  const { t } = lang;
  const [label, setLabel] = useState<NodeLabel>(initialLabel);
  const fields = useMemo(() => createFields(label), [label]);
  const [values, setValues] = useState<FormValues>(() => emptyFormValues(createFields(initialLabel), presets[initialLabel]));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);

  const chooseLabel = (next: NodeLabel) => {
    setLabel(next);
    // Keep what fits the new type (names, description), start the rest afresh.
    const nextFields = createFields(next);
    const kept: Record<string, unknown> = {};
    for (const field of nextFields) {
      const value = values[field.name];
      if (typeof value === 'string' && value !== '' && ['id', 'nameZh', 'nameEn', 'descriptionZh', 'descriptionEn'].includes(field.name)) kept[field.name] = value;
    }
    setValues(emptyFormValues(nextFields, { ...presets[next], ...kept }));
    setError(null);
    setMissing([]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = missingRequired(fields, values);
    setMissing(empty);
    if (empty.length > 0) return;
    setBusy(true);
    setError(null);
    sendJson<NodeView>('/api/edit/nodes', { json: { label, properties: createProperties(fields, values) } })
      .then((view) => {
        bumpDataVersion();
        onCreated(view);
      })
      .catch((e: unknown) => {
        setError(toApiError(e));
        setBusy(false);
      });
  };

  const change = (name: string, value: FormValues[string]) => setValues((v) => ({ ...v, [name]: value }));
  const idField = fields.find((f) => f.name === 'id');
  const split = splitErrors(error, fields.map((f) => f.name));
  const other = split.other;
  const byField = withMissing(split.byField, missing, (field) => ({ field, reason: t('fieldRequired'), reasonZh: t('fieldRequired') }));
  return (
    <Dialog title={t('createNodeTitle')} onClose={onClose} testId="create-dialog">
      <form onSubmit={submit} noValidate className="edit-form">
        <div className="form-field">
          <label htmlFor="create-label">{t('nodeLabel')}</label>
          <select id="create-label" value={label} onChange={(event) => chooseLabel(event.target.value as NodeLabel)} disabled={busy} data-testid="create-label">
            {NODE_LABELS.map((l) => (
              <option key={l} value={l}>
                {lang.labelName(l)} ({l})
              </option>
            ))}
          </select>
        </div>
        <p className="muted small">{t('requiredNote')}</p>
        <FormError error={error} other={other} />
        <NodeFields fields={fields.filter((f) => f.name !== 'id')} values={values} onChange={change} errors={byField} disabled={busy} />
        {/* Editors need not invent ids: the server makes a readable one; an editor may still choose it. */}
        <details className="advanced-fields" open={idField !== undefined && (Boolean(values.id) || byField.has('id')) ? true : undefined} data-testid="create-advanced">
          <summary>{lang.pick('高级：自定编号（可不填，保存时自动生成）', 'Advanced: choose the id (optional; one is made when you save)')}</summary>
          {idField && <NodeFields fields={[idField]} values={values} onChange={change} errors={byField} disabled={busy} />}
        </details>
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy} data-testid="create-submit">
            {busy ? t('saving') : t('create')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
