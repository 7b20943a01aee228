// A case's history of states, oldest first: when (China time), which status, who, and why.
import { CASE_ENGINE, CASE_STATUS_NAMES, chinaMinute, type CaseState } from '../../../../graph/model';
import { CASE_STRINGS as S } from '../../i18n/caseStrings';
import { useLang } from '../../i18n/lang';

export function CaseStates({ states }: { states: readonly CaseState[] }) {
  const lang = useLang();
  return (
    <details className="case-states">
      <summary>{S.history[lang.lang]}</summary>
      <ol data-testid="case-states">
        {states.map((s, i) => (
          <li key={i}>
            {chinaMinute(Date.parse(s.at))} · {CASE_STATUS_NAMES[s.status][lang.lang]} · {s.by === CASE_ENGINE ? S.byEngine[lang.lang] : s.by}
            {s.reason && <> · {s.reason}</>}
            {s.closedBy && <> · {lang.pick(s.closedBy.summaryZh, s.closedBy.summaryEn)}</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
