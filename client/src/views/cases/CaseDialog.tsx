// Opening a case on a gap, or managing one (owner, chain chief, due date, notes, status). The server
// checks everything; its reasons show beside the fields they name.
import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import { toApiError } from '../../api/useApi';
import { Dialog } from '../../components/Dialog';
import { FieldError, FormError, splitErrors } from '../../components/FormErrors';
import { CASE_STRINGS as S } from '../../i18n/caseStrings';
import { useLang } from '../../i18n/lang';
import { bumpDataVersion } from '../../state/dataVersion';
import { useScopeChoices } from '../../state/regionScope';
import {
  CASE_OWNER_KIND_NAMES,
  CASE_OWNER_KINDS,
  CASE_STATUS_NAMES,
  CASE_TRANSITIONS,
  type Case,
  type CaseBody,
  type CaseOwnerKind,
  type CaseStatus,
} from '../../../../graph/model';
import { CaseStates } from './CaseStates';

const FIELDS = ['ownerKind', 'owner', 'chainChief', 'dueDate', 'notes', 'status', 'reason', 'gapId', 'region'] as const;

type Props =
  | { mode: 'open'; gapId: string; gapTitle: string; regionId: string | null; onClose: () => void; onDone: (c: Case) => void }
  | { mode: 'update'; current: Case; onClose: () => void; onDone: (c: Case) => void };

export function CaseDialog(props: Props) {
  const lang = useLang();
  const ids = useId();
  const current = props.mode === 'update' ? props.current : null;
  const counties = (useScopeChoices()?.choices ?? []).filter((c) => c.level === 'county');
  const [ownerKind, setOwnerKind] = useState<CaseOwnerKind>(current?.ownerKind ?? 'department');
  const [owner, setOwner] = useState(current?.owner ?? '');
  const [chainChief, setChainChief] = useState(current?.chainChief ?? '');
  const [dueDate, setDueDate] = useState(current?.dueDate ?? '');
  const [notes, setNotes] = useState(current?.notes ?? '');
  const [status, setStatus] = useState<CaseStatus>(current?.status ?? 'open');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { byField, other } = splitErrors(error, FIELDS);
  const words = (key: keyof typeof S) => S[key][lang.lang];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const common = { ownerKind, owner, chainChief: chainChief.trim() || null, dueDate: dueDate || null, notes };
    const request =
      props.mode === 'open'
        ? sendJson<CaseBody>('/api/cases', { json: { gapId: props.gapId, ...(props.regionId ? { region: props.regionId } : {}), ...common } })
        : sendJson<CaseBody>(`/api/cases/${encodeURIComponent(props.current.id)}`, {
            method: 'PATCH',
            json: { ...common, ...(status !== props.current.status ? { status } : {}), ...(status === 'dismissed' && status !== props.current.status ? { reason } : {}) },
          });
    request
      .then((body) => {
        bumpDataVersion();
        props.onDone(body.case);
      })
      .catch((e: unknown) => {
        setError(toApiError(e));
        setBusy(false);
      });
  };

  const field = (name: (typeof FIELDS)[number], label: string, input: React.ReactNode) => (
    <div className="form-field">
      <label htmlFor={`${ids}-${name}`}>{label}</label>
      {input}
      <FieldError id={`${ids}-${name}-error`} details={byField.get(name)} />
    </div>
  );
  const described = (name: string) => (byField.has(name) ? { 'aria-describedby': `${ids}-${name}-error`, 'aria-invalid': true } : {});
  const statuses: CaseStatus[] = current ? [current.status, ...CASE_TRANSITIONS[current.status]] : [];
  const title = props.mode === 'open' ? `${words('openTitle')}${lang.pick('：', ': ')}${props.gapTitle}` : words('updateTitle');
  return (
    <Dialog title={title} onClose={props.onClose} testId="case-dialog">
      <FormError error={error} other={other} />
      {current && <CaseStates states={current.states} />}
      <form className="case-form" onSubmit={submit}>
        {field(
          'ownerKind',
          words('ownerKind'),
          <select id={`${ids}-ownerKind`} value={ownerKind} onChange={(e) => setOwnerKind(e.target.value as CaseOwnerKind)} {...described('ownerKind')}>
            {CASE_OWNER_KINDS.map((k) => (
              <option key={k} value={k}>
                {CASE_OWNER_KIND_NAMES[k][lang.lang]}
              </option>
            ))}
          </select>,
        )}
        {field(
          'owner',
          words('owner'),
          ownerKind === 'county' ? (
            <select id={`${ids}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)} data-testid="case-owner" {...described('owner')}>
              <option value="">{words('countyHint')}</option>
              {counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {lang.name(c)}
                </option>
              ))}
            </select>
          ) : (
            <input id={`${ids}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)} placeholder={words('departmentHint')} data-testid="case-owner" {...described('owner')} />
          ),
        )}
        {field('chainChief', words('chainChief'), <input id={`${ids}-chainChief`} value={chainChief} onChange={(e) => setChainChief(e.target.value)} {...described('chainChief')} />)}
        {field('dueDate', words('dueDate'), <input id={`${ids}-dueDate`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} data-testid="case-due" {...described('dueDate')} />)}
        {field('notes', words('notes'), <textarea id={`${ids}-notes`} value={notes} onChange={(e) => setNotes(e.target.value)} {...described('notes')} />)}
        {current &&
          field(
            'status',
            words('status'),
            <select id={`${ids}-status`} value={status} onChange={(e) => setStatus(e.target.value as CaseStatus)} data-testid="case-status-select" {...described('status')}>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {CASE_STATUS_NAMES[s][lang.lang]}
                </option>
              ))}
            </select>,
          )}
        {current && status === 'dismissed' && status !== current.status &&
          field('reason', words('reason'), <textarea id={`${ids}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="case-reason" {...described('reason')} />)}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy} data-testid="case-save">
            {busy ? words('saving') : props.mode === 'open' ? words('openCase') : words('save')}
          </button>
          <button type="button" onClick={props.onClose}>
            {words('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
