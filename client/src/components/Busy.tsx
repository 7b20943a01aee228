// Progress for work that may take a while (a briefing, an upload): nothing for the first second, then
// a spinner with what is happening and the seconds elapsed, so a slow answer never looks frozen.
import { useEffect, useState } from 'react';
import { useLang } from '../i18n/lang';

/** Shown only after this long, so quick answers do not flash a spinner. */
const SHOW_AFTER_MS = 1000;

/** Whole seconds since `since` (ms timestamp), ticking while it is set. */
export function useElapsedSeconds(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

export function BusyNote({ since, label, testId }: { since: number | null; label: string; testId?: string }) {
  const { t } = useLang();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (since === null) return;
    const timer = setTimeout(() => setShown(true), Math.max(0, SHOW_AFTER_MS - (Date.now() - since)));
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [since]);
  const seconds = useElapsedSeconds(since);
  if (since === null || !shown) return null;
  return (
    <span className="busy-note" role="status" aria-live="polite" data-testid={testId}>
      <span className="spinner" aria-hidden="true" />
      {label} <span className="muted">{t('elapsedSeconds', { seconds })}</span>
    </span>
  );
}
