// "查看日期 / View as of": a date input that sets ?asOf= (the graph as recorded at the end of that day,
// China time), a banner while a past date is read, and one click back to now. Shown wherever the
// matrix is; views read the date with useAsOf() and pass it to the API, whose 400 (future or before
// the history began) they show like any other error. The input offers only the days the history holds.
import { useId } from 'react';
import { useLang } from '../../i18n/lang';
import { AS_OF_PARAM, chinaToday, dayOf, useTimeParam } from '../../state/timeScope';
import { chinaMinute } from '../../../../graph/model/moments';
import { useHistoryStart } from './useHistoryStart';
import './history.css';

/** The ?asOf= of the URL (null: now), and its setter. */
export function useAsOf(): [string | null, (value: string | null) => void] {
  return useTimeParam(AS_OF_PARAM);
}

/** A URL value as a reader sees it: a date as is, a date-time in China time to the minute. */
export function momentText(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : chinaMinute(ms);
}

/** The date input: the days the history holds, up to today; `compact` fits it in a breadcrumb's line. */
export function AsOfInput({ compact = false }: { compact?: boolean }) {
  const { t } = useLang();
  const [asOf, setAsOf] = useAsOf();
  const id = useId();
  const start = useHistoryStart();
  const startText = start ? t('historyStartsOn', { date: start }) : null;
  return (
    <span className={compact ? 'as-of-input as-of-compact' : 'as-of-input'}>
      <label htmlFor={id}>{t('asOfLabel')}</label>{' '}
      <input
        id={id}
        type="date"
        min={start ?? undefined}
        max={chinaToday()}
        value={asOf ? dayOf(asOf) : ''}
        onChange={(event) => setAsOf(event.target.value || null)}
        aria-describedby={startText && !compact ? `${id}-start` : undefined}
        title={compact && startText ? startText : undefined}
        data-testid="as-of-input"
      />
      {startText && !compact && (
        <span id={`${id}-start`} className="muted small" data-testid="history-start">
          {' '}
          {startText}
        </span>
      )}
    </span>
  );
}

/** While a past date is read: the banner, and one click back to now. Nothing otherwise. */
export function AsOfBanner() {
  const { t } = useLang();
  const [asOf, setAsOf] = useAsOf();
  if (!asOf) return null;
  return (
    <p className="as-of-banner" role="status" data-testid="as-of-banner">
      <span aria-hidden="true">◷</span> {t('asOfBanner', { date: momentText(asOf) })}{' '}
      <button type="button" onClick={() => setAsOf(null)} data-testid="as-of-clear">
        {t('backToNow')}
      </button>
    </p>
  );
}

/** The input and, under a past date, the banner: where the matrix is. */
export function AsOfControl() {
  return (
    <div className="as-of" data-testid="as-of">
      <AsOfInput />
      <AsOfBanner />
    </div>
  );
}
