// 问题清单 (/cases): every case, filtered by owner, status, industry and lateness (kept in the URL), with
// an Excel download of what is shown. Editors manage a case from its row.
import { useId, useState } from 'react';
import { useApi } from '../../api/useApi';
import { IllustrativeBadge } from '../../components/Illustrative';
import { Loaded } from '../../components/Status';
import { CASE_STRINGS as S } from '../../i18n/caseStrings';
import { useLang } from '../../i18n/lang';
import { useScopeChoices } from '../../state/regionScope';
import { usePermissions } from '../../state/session';
import { CASE_ENGINE, CASE_STATUS_NAMES, CASE_STATUSES, type Case, type CaseList, type CaseStatus } from '../../../../graph/model';
import { CaseDialog } from './CaseDialog';
import { CaseStatusMark, ClosedByNote, OverdueMark } from './CaseMarks';
import { filterQuery, useCaseFilters, type CaseFilters } from './caseFilters';

export function CasesPage() {
  const lang = useLang();
  const w = (key: keyof typeof S) => S[key][lang.lang];
  const [filters, update] = useCaseFilters();
  const query = filterQuery(filters);
  const all = useApi<CaseList>('/api/cases');
  const shown = useApi<CaseList>(`/api/cases${query ? `?${query}` : ''}`);
  const exportHref = `/api/cases/export?${query ? `${query}&` : ''}lang=${lang.lang}`;
  return (
    <div className="page" data-testid="cases-page">
      <h1>{w('title')}</h1>
      <p className="muted">{w('intro')}</p>
      <Filters filters={filters} update={update} all={all.state.kind === 'ready' ? all.state.data.items : []} />
      <p className="button-row">
        <a className="button" href={exportHref} download data-testid="cases-export">
          {w('exportXlsx')}
        </a>
      </p>
      <Loaded state={shown.state} reload={shown.reload}>
        {(list) => <CaseTable list={list} filtered={query !== ''} />}
      </Loaded>
    </div>
  );
}

function Filters({ filters, update, all }: { filters: CaseFilters; update: (patch: Partial<CaseFilters>) => void; all: readonly Case[] }) {
  const lang = useLang();
  const ids = useId();
  const w = (key: keyof typeof S) => S[key][lang.lang];
  const owners = new Map(all.map((c) => [c.owner, lang.pick(c.ownerNameZh, c.ownerNameEn)]));
  if (filters.owner && !owners.has(filters.owner)) owners.set(filters.owner, filters.owner);
  const industries = new Map(all.filter((c) => c.industryId).map((c) => [c.industryId ?? '', lang.pick(c.industryNameZh ?? '', c.industryNameEn ?? '') || (c.industryId ?? '')]));
  if (filters.industry && !industries.has(filters.industry)) industries.set(filters.industry, filters.industry);
  const select = (key: 'owner' | 'industry', label: string, options: Map<string, string>) => (
    <div className="form-field">
      <label htmlFor={`${ids}-${key}`}>{label}</label>
      <select id={`${ids}-${key}`} value={filters[key] ?? ''} onChange={(e) => update({ [key]: e.target.value || null })} data-testid={`cases-filter-${key}`}>
        <option value="">{w('any')}</option>
        {[...options].map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="card filter-bar cases-filters" role="search" aria-label={w('filters')} onSubmit={(e) => e.preventDefault()}>
      {select('owner', w('owner'), owners)}
      <div className="form-field">
        <label htmlFor={`${ids}-status`}>{w('status')}</label>
        <select id={`${ids}-status`} value={filters.status ?? ''} onChange={(e) => update({ status: (e.target.value || null) as CaseStatus | null })} data-testid="cases-filter-status">
          <option value="">{w('any')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CASE_STATUS_NAMES[s][lang.lang]}
            </option>
          ))}
        </select>
      </div>
      {select('industry', w('industry'), industries)}
      <label className="check">
        <input type="checkbox" checked={filters.overdue} onChange={(e) => update({ overdue: e.target.checked })} data-testid="cases-filter-overdue" />
        {w('overdueOnly')}
      </label>
      <button type="button" onClick={() => update({ owner: null, status: null, industry: null, overdue: false })}>
        {w('clear')}
      </button>
    </form>
  );
}

function CaseTable({ list, filtered }: { list: CaseList; filtered: boolean }) {
  const lang = useLang();
  const can = usePermissions();
  const w = (key: keyof typeof S) => S[key][lang.lang];
  const [managing, setManaging] = useState<Case | null>(null);
  const scopes = useScopeChoices();
  // A case opened under another scope than the home city says which: the same gap id can be found under several.
  const scopeName = (id: string) => {
    const choice = scopes?.choices.find((c) => c.id === id);
    return choice ? lang.name(choice) : id;
  };
  if (list.items.length === 0) return <p className="muted">{filtered ? w('noneMatch') : w('none')}</p>;
  const overdue = list.items.filter((c) => c.overdue).length;
  return (
    <>
      <p aria-live="polite">{lang.pick(S.count.zh, S.count.en).replace('{count}', String(list.total)).replace('{overdue}', String(overdue))}</p>
      {list.items.some((c) => c.illustrative) && <p className="muted">{w('illustrativeNote')}</p>}
      <table className="data-table" data-testid="cases-table">
        <thead>
          <tr>
            <th scope="col">{w('gap')}</th>
            <th scope="col">{w('industry')}</th>
            <th scope="col">{w('owner')}</th>
            <th scope="col">{w('chainChief')}</th>
            <th scope="col">{w('dueDate')}</th>
            <th scope="col">{w('status')}</th>
            {can.edit && <th scope="col">{w('manage')}</th>}
          </tr>
        </thead>
        <tbody>
          {list.items.map((c) => (
            <tr key={c.id} data-testid="case-row">
              <td>
                {lang.pick(c.gapTitleZh, c.gapTitleEn)} {c.illustrative && <IllustrativeBadge />}
                {scopes && c.scopeRegionId !== scopes.homeId && (
                  <div className="muted">
                    {w('scope')}
                    {lang.pick('：', ': ')}
                    {scopeName(c.scopeRegionId)}
                  </div>
                )}
                {c.closedBy && (
                  <div>
                    <ClosedByNote change={c.closedBy} />
                  </div>
                )}
              </td>
              <td>{lang.pick(c.industryNameZh ?? '—', c.industryNameEn ?? '—')}</td>
              <td>{lang.pick(c.ownerNameZh, c.ownerNameEn)}</td>
              <td>{c.chainChief ?? '—'}</td>
              <td>
                {c.dueDate ?? '—'}
                {c.overdue && <OverdueMark />}
              </td>
              <td>
                <CaseStatusMark status={c.status} byEngine={c.statusBy === CASE_ENGINE} />
                {c.reason && <div className="muted">{c.reason}</div>}
              </td>
              {can.edit && (
                <td>
                  <button type="button" onClick={() => setManaging(c)} data-testid="case-manage">
                    {w('manage')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {managing && <CaseDialog mode="update" current={managing} onClose={() => setManaging(null)} onDone={() => setManaging(null)} />}
    </>
  );
}
