// "生成简报 / Briefing": choose Word or PDF (or open the print-friendly HTML view) for the current
// industry or the city / selected industries, in the reader's language. The button is disabled while
// the file is made; after a second a spinner counts the seconds; a failure shows the server's words.
import { useEffect, useId, useRef, useState } from 'react';
import { useLang } from '../../i18n/lang';
import { BusyNote } from '../../components/Busy';
import { FormError } from '../../components/FormErrors';
import { useRegionId } from '../../state/regionScope';
import { briefingViewUrl, useBriefing, useBriefingMoments, type BriefingFormat, type BriefingScope } from '../briefings/useBriefing';

interface Props {
  scope: BriefingScope;
  /** What the briefing covers, in words (shown in the menu). */
  scopeLabel: string;
  /** Why no briefing can be made here (the button is then disabled and says so). */
  unavailable?: string | null;
}

export function BriefingButton({ scope, scopeLabel, unavailable }: Props) {
  const lang = useLang();
  const { t } = lang;
  const [open, setOpen] = useState(false);
  /** The last outcome's note was closed; a new generation shows its own. */
  const [dismissed, setDismissed] = useState(false);
  const [state, generate] = useBriefing();
  const regionId = useRegionId();
  const moments = useBriefingMoments();
  const menuId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const busy = state.since !== null;

  // Escape or a click elsewhere closes the menu.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onClick = (event: MouseEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const choose = (format: BriefingFormat) => {
    setOpen(false);
    setDismissed(false);
    generate(scope, format, lang.lang);
  };

  return (
    <div className="briefing-control" ref={wrap}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-haspopup="true"
        disabled={busy || Boolean(unavailable)}
        title={unavailable ?? undefined}
        onClick={() => {
          setOpen((o) => !o);
          setDismissed(true);
        }}
        data-testid="briefing-open"
      >
        {busy && <span className="spinner inline-spinner" aria-hidden="true" />}
        {t('briefingButton')}
      </button>
      {open && (
        <div id={menuId} className="popup-menu briefing-menu" role="group" aria-label={t('briefingButton')}>
          <p className="small muted">
            {t('briefingScope')}: <strong>{scopeLabel}</strong> · {t('briefingLanguage')}
          </p>
          <div className="button-row">
            <button type="button" onClick={() => choose('docx')} autoFocus data-testid="briefing-docx">
              {t('briefingWord')}
            </button>
            <button type="button" onClick={() => choose('pdf')} data-testid="briefing-pdf">
              {t('briefingPdf')}
            </button>
          </div>
          <a href={briefingViewUrl(scope, lang.lang, regionId, moments)} target="_blank" rel="noopener" data-testid="briefing-view">
            {t('briefingView')}
          </a>
        </div>
      )}
      <BusyNote since={state.since} label={t('briefingGenerating')} testId="briefing-progress" />
      {(state.saved || state.error) && !dismissed && (
        <div className="popup-menu briefing-status" role="status">
          <button type="button" className="close-button" onClick={() => setDismissed(true)} aria-label={t('close')}>
            ×
          </button>
          {state.saved && (
            <p className="small" data-testid="briefing-saved">
              ✓ {t('briefingSaved', { file: state.saved })}
            </p>
          )}
          <FormError error={state.error} />
        </div>
      )}
      {unavailable && <span className="visually-hidden">{unavailable}</span>}
    </div>
  );
}
