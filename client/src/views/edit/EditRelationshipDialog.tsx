// Changing one relationship's own fields: its notes and its valid time (when it held in the world).
// Reads the current version and values, sends only what changed (a cleared field removes it); the
// server names a bad or reversed date, shown under its field.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { RELATIONSHIP_SPECS } from '../../../../graph/model';
import { getJson, type ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import type { NodeRef, RelatedEdge } from '../../api/types';
import { toApiError } from '../../api/useApi';
import type { RelationshipView } from '../../api/wire';
import { Dialog } from '../../components/Dialog';
import { FieldError, FormError, splitErrors } from '../../components/FormErrors';
import { useLang } from '../../i18n/lang';
import { bumpDataVersion } from '../../state/dataVersion';
import { useValidityText } from '../detail/Validity';
import { fieldName } from './NodeForm';

const FIELDS = ['validFrom', 'validTo', 'noteZh', 'noteEn'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const valuesOf = (properties: Record<string, unknown>): Values =>
  Object.fromEntries(FIELDS.map((f) => [f, typeof properties[f] === 'string' ? properties[f] : ''])) as Values;

interface Props {
  node: NodeRef;
  edge: RelatedEdge;
  onClose: () => void;
  onSaved: () => void;
}

export function EditRelationshipDialog({ node, edge, onClose, onSaved }: Props) {
  const lang = useLang();
  const { t } = lang;
  const v = useValidityText();
  const ids = useId();
  const [fromNode, toNode] = edge.direction === 'out' ? [node, edge.other] : [edge.other, node];
  const path = `/api/edit/relationships/${encodeURIComponent(edge.type)}/${encodeURIComponent(fromNode.id)}/${encodeURIComponent(toNode.id)}`;
  const [loaded, setLoaded] = useState<{ version: number; values: Values } | null>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(edge.properties));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    getJson<RelationshipView>(path)
      .then((view) => {
        if (!live) return;
        const current = valuesOf(view.relationship.properties);
        setLoaded({ version: view.version, values: current });
        setValues(current);
      })
      .catch((e: unknown) => live && setError(toApiError(e)));
    return () => {
      live = false;
    };
  }, [path]);

  const changes: Record<string, string | null> = {};
  for (const f of FIELDS) {
    const next = values[f].trim();
    if (loaded && next !== loaded.values[f]) changes[f] = next === '' ? null : next;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!loaded || Object.keys(changes).length === 0) return onClose();
    setBusy(true);
    setError(null);
    sendJson(path, { method: 'PATCH', json: { version: loaded.version, changes } })
      .then(() => {
        bumpDataVersion();
        onSaved();
      })
      .catch((e: unknown) => {
        setError(toApiError(e));
        setBusy(false);
      });
  };

  const { byField, other } = splitErrors(error, [...FIELDS]);
  const spec = RELATIONSHIP_SPECS[edge.type] as { zh: string; en: string } | undefined;
  const title = `${v('editRelationship')} · ${lang.name(fromNode)} ${spec ? lang.pick(spec.zh, spec.en) : edge.type} ${lang.name(toNode)}`;
  return (
    <Dialog title={title} onClose={onClose} testId="edit-relationship-dialog">
      <form onSubmit={submit} noValidate className="edit-form">
        <FormError error={error} other={other} />
        {FIELDS.map((name) => (
          <div className="form-field" key={name}>
            <label htmlFor={`${ids}-${name}`}>{fieldName(name, lang)}</label>
            <input
              id={`${ids}-${name}`}
              value={values[name]}
              onChange={(event) => setValues((old) => ({ ...old, [name]: event.target.value }))}
              disabled={busy || !loaded}
              aria-invalid={byField.has(name) || undefined}
              data-testid={`edit-relationship-${name}`}
            />
            {name === 'validFrom' && <span className="field-hint">{v('validityHint')}</span>}
            <FieldError id={`${ids}-${name}-error`} details={byField.get(name)} />
          </div>
        ))}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || !loaded} data-testid="edit-relationship-submit">
            {busy ? t('saving') : t('save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
