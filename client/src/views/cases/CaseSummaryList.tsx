// Cases in brief (the gap panel, a county page): status, owner, chain chief, due date, and what closed
// the gap when the engine resolved it.
import { Fragment } from 'react';
import type { Case } from '../../../../graph/model';
import { CASE_ENGINE } from '../../../../graph/model';
import { IllustrativeBadge } from '../../components/Illustrative';
import { CASE_STRINGS as S } from '../../i18n/caseStrings';
import { useLang } from '../../i18n/lang';
import { CaseStatusMark, ClosedByNote, OverdueMark } from './CaseMarks';

export function CaseSummaryList({ cases, withGap }: { cases: readonly Case[]; withGap?: boolean }) {
  const lang = useLang();
  const w = (key: keyof typeof S) => S[key][lang.lang];
  return (
    <>
      {cases.map((c) => (
        <Fragment key={c.id}>
          {withGap && (
            <p className="gap-title">
              {lang.pick(c.gapTitleZh, c.gapTitleEn)} {c.illustrative && <IllustrativeBadge />}
            </p>
          )}
          <dl data-testid="case-summary">
            <dt>{w('status')}</dt>
            <dd>
              <CaseStatusMark status={c.status} byEngine={c.statusBy === CASE_ENGINE} />
              {c.overdue && <OverdueMark />}
            </dd>
            <dt>{w('owner')}</dt>
            <dd>{lang.pick(c.ownerNameZh, c.ownerNameEn)}</dd>
            {c.chainChief && (
              <>
                <dt>{w('chainChief')}</dt>
                <dd>{c.chainChief}</dd>
              </>
            )}
            <dt>{w('dueDate')}</dt>
            <dd>{c.dueDate ?? '—'}</dd>
            {c.reason && (
              <>
                <dt>{w('reason')}</dt>
                <dd>{c.reason}</dd>
              </>
            )}
          </dl>
          {c.closedBy && <ClosedByNote change={c.closedBy} />}
        </Fragment>
      ))}
    </>
  );
}
