// A modal dialog on the native <dialog>: focus moves in and is kept there, Escape closes it, and the
// page behind is inert. Open while mounted; `onClose` runs on Escape, the close button or a backdrop click.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useLang } from '../i18n/lang';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider for tables. */
  wide?: boolean;
  testId?: string;
}

export function Dialog({ title, onClose, children, wide, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useLang();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // Escape fires "cancel": close through the owner, which unmounts the dialog.
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
      onClick={(event) => {
        if (event.target === ref.current) closeRef.current();
      }}
    >
      <div className="dialog-body">
        <header className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="close-button" onClick={() => closeRef.current()} aria-label={t('close')}>
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
