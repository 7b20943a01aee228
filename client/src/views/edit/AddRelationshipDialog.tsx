// Adding a relationship from or to the current node: the direction, a type the model allows for this
// node's label in that direction (RELATIONSHIP_SPECS, minus types that follow a property), the other
// end found by search among the labels that type accepts, and optional notes and validity (valid time).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { allowsEndpoints, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../../../graph/model';
import type { ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import type { NodeRef, SearchHit } from '../../api/types';
import { toApiError } from '../../api/useApi';
import { Dialog } from '../../components/Dialog';
import { FieldError, FormError, splitErrors } from '../../components/FormErrors';
import { useLang } from '../../i18n/lang';
import { bumpDataVersion } from '../../state/dataVersion';
import { useValidityText } from '../detail/Validity';
import { useDerivedTypes } from './editSchema';
import { fieldName } from './NodeForm';
import { NodePicker } from './NodePicker';

type Direction = 'out' | 'in';

/** The relationship's own fields a writer may fill: notes, and when it held in the world. */
const OPTIONAL_FIELDS = ['noteZh', 'noteEn', 'validFrom', 'validTo'] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

interface Props {
  node: NodeRef;
  onClose: () => void;
  onCreated: () => void;
}

function typesFor(label: NodeLabel, direction: Direction, derived: ReadonlySet<string>): RelationshipType[] {
  return RELATIONSHIP_TYPES.filter((type) => {
    if (derived.has(type)) return false;
    const spec = RELATIONSHIP_SPECS[type];
    return ((direction === 'out' ? spec.from : spec.to) as readonly string[]).includes(label);
  });
}

export function AddRelationshipDialog({ node, onClose, onCreated }: Props) {
  const lang = useLang();
  const { t } = lang;
  const ids = useId();
  const derived = useDerivedTypes();
  const label = node.label as NodeLabel;
  const [direction, setDirection] = useState<Direction>(() => (typesFor(label, 'out', derived).length > 0 ? 'out' : 'in'));
  const types = useMemo(() => typesFor(label, direction, derived), [label, direction, derived]);
  const [chosenType, setType] = useState<RelationshipType | ''>('');
  const type: RelationshipType | undefined = chosenType && types.includes(chosenType) ? chosenType : types[0];
  const [other, setOther] = useState<SearchHit | null>(null);
  const [notes, setNotes] = useState<Record<OptionalField, string>>({ noteZh: '', noteEn: '', validFrom: '', validTo: '' });
  const v = useValidityText();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const spec = type ? RELATIONSHIP_SPECS[type] : undefined;
  const otherLabels = useMemo<readonly NodeLabel[]>(() => (spec ? (direction === 'out' ? spec.to : spec.from) : []), [spec, direction]);
  const from = direction === 'out' ? label : (other?.label as NodeLabel | undefined);
  const to = direction === 'out' ? (other?.label as NodeLabel | undefined) : label;
  const fits = type && from && to ? allowsEndpoints(type, from, to) : false;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!type || !other) return;
    setBusy(true);
    setError(null);
    const body: Record<string, string> = {
      type,
      from: direction === 'out' ? node.id : other.id,
      to: direction === 'out' ? other.id : node.id,
    };
    for (const name of OPTIONAL_FIELDS) if (notes[name].trim()) body[name] = notes[name].trim();
    sendJson('/api/edit/relationships', { json: body })
      .then(() => {
        bumpDataVersion();
        onCreated();
      })
      .catch((e: unknown) => {
        setError(toApiError(e));
        setBusy(false);
      });
  };

  // The other end's errors come as body.from or body.to, depending on the direction.
  const { byField, other: otherErrors } = splitErrors(error, ['type', 'from', 'to', ...OPTIONAL_FIELDS]);
  const otherEndErrors = byField.get(direction === 'out' ? 'to' : 'from');
  const unplaced = [...otherErrors, ...(byField.get(direction === 'out' ? 'from' : 'to') ?? [])];
  const relationName = (r: RelationshipType) => lang.pick(RELATIONSHIP_SPECS[r].zh, RELATIONSHIP_SPECS[r].en);

  return (
    <Dialog title={`${t('addRelationship')} · ${lang.name(node)}`} onClose={onClose} testId="relationship-dialog">
      <form onSubmit={submit} noValidate className="edit-form">
        <FormError error={error} other={unplaced} />
        <fieldset className="form-field">
          <legend>{t('relDirection')}</legend>
          {(['out', 'in'] as const).map((d) => (
            <label key={d} className="checkbox-label">
              <input
                type="radio"
                name={`${ids}-direction`}
                checked={direction === d}
                disabled={typesFor(label, d, derived).length === 0 || busy}
                onChange={() => {
                  setDirection(d);
                  setOther(null);
                }}
              />
              {t(d === 'out' ? 'relOutgoing' : 'relIncoming')}
            </label>
          ))}
        </fieldset>
        {types.length === 0 ? (
          <p className="muted">{t('relNoTypes')}</p>
        ) : (
          <>
            <div className="form-field">
              <label htmlFor={`${ids}-type`}>
                {t('relType')}
                <span className="required-mark" aria-hidden="true">
                  {' '}
                  *
                </span>
              </label>
              <select
                id={`${ids}-type`}
                value={type}
                onChange={(event) => {
                  setType(event.target.value as RelationshipType);
                  setOther(null);
                }}
                disabled={busy}
                aria-invalid={byField.has('type') || undefined}
                data-testid="relationship-type"
              >
                {types.map((r) => (
                  <option key={r} value={r}>
                    {relationName(r)} ({r})
                  </option>
                ))}
              </select>
              {spec && (
                <span className="field-hint">
                  {t('relAllowed', {
                    labels: `${spec.from.map((l) => lang.labelName(l)).join(' / ')} → ${spec.to.map((l) => lang.labelName(l)).join(' / ')}`,
                  })}
                </span>
              )}
              <FieldError id={`${ids}-type-error`} details={byField.get('type')} />
            </div>
            <div className="form-field">
              <label htmlFor={`${ids}-other`}>
                {t('relOther')}
                <span className="required-mark" aria-hidden="true">
                  {' '}
                  *
                </span>
              </label>
              {other ? (
                <p className="picked" data-testid="relationship-other">
                  <strong>{lang.name(other)}</strong> <span className="muted">{lang.labelName(other.label)} · {other.id}</span>{' '}
                  <button type="button" className="link-button" onClick={() => setOther(null)}>
                    {t('relChange')}
                  </button>
                </p>
              ) : (
                <NodePicker
                  id={`${ids}-other`}
                  allowed={otherLabels}
                  exclude={node.id}
                  onPick={setOther}
                  invalid={Boolean(otherEndErrors)}
                  describedBy={`${ids}-other-hint`}
                />
              )}
              <span id={`${ids}-other-hint`} className="field-hint">
                {t('relOtherSearch')}
              </span>
              {other && !fits && <span className="field-error">{t('relNotAllowed')}</span>}
              <FieldError id={`${ids}-other-error`} details={otherEndErrors} />
            </div>
            {OPTIONAL_FIELDS.map((name) => (
              <div className="form-field" key={name}>
                <label htmlFor={`${ids}-${name}`}>{fieldName(name, lang)}</label>
                <input
                  id={`${ids}-${name}`}
                  value={notes[name]}
                  onChange={(event) => setNotes((n) => ({ ...n, [name]: event.target.value }))}
                  disabled={busy}
                  aria-invalid={byField.has(name) || undefined}
                  data-testid={`relationship-${name}`}
                />
                {name === 'validFrom' && <span className="field-hint">{v('validityHint')}</span>}
                <FieldError id={`${ids}-${name}-error`} details={byField.get(name)} />
              </div>
            ))}
          </>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || !type || !other || !fits} data-testid="relationship-submit">
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
