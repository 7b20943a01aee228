// How a case's status and lateness show: a symbol and words as well as a colour (colour-blind safe).
import { CASE_STATUS_NAMES, chinaMinute, type CaseStatus, type ClosingChange } from '../../../../graph/model';
import { CASE_STRINGS as S } from '../../i18n/caseStrings';
import { useLang } from '../../i18n/lang';
import './cases.css';

const SYMBOLS: Record<CaseStatus, string> = { open: '○', 'in-progress': '◐', resolved: '✓', dismissed: '✕' };

export function CaseStatusMark({ status, byEngine }: { status: CaseStatus; byEngine?: boolean }) {
  const lang = useLang();
  return (
    <span className={`case-status case-status-${status}`} data-testid="case-status">
      <span aria-hidden="true">{SYMBOLS[status]}</span> {CASE_STATUS_NAMES[status][lang.lang]}
      {byEngine && <span className="muted">{lang.pick(`（${S.byEngine.zh}）`, ` (${S.byEngine.en})`)}</span>}
    </span>
  );
}

export function OverdueMark() {
  const lang = useLang();
  return (
    <span className="case-overdue" data-testid="case-overdue">
      <span aria-hidden="true">⚠ </span>
      {S.overdue[lang.lang]}
    </span>
  );
}

/** The change that closed the gap: when (China time), who, what. */
export function ClosedByNote({ change }: { change: ClosingChange }) {
  const lang = useLang();
  return (
    <span className="case-closed" data-testid="case-closed-by">
      {S.closedBy[lang.lang]}{lang.pick('：', ': ')}{chinaMinute(Date.parse(change.at))} {change.actor ?? ''} · {lang.pick(change.summaryZh, change.summaryEn)}
    </span>
  );
}
