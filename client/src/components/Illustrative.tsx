// Illustrative (made-up) data is flagged wherever it shows, and gaps may be gaps in the data.
import { useLang } from '../i18n/lang';

export function IllustrativeBadge() {
  const { t } = useLang();
  return (
    <span className="badge badge-illustrative" title={t('illustrativeBanner')}>
      {t('illustrativeBadge')}
    </span>
  );
}

export function IllustrativeBanner() {
  const { t } = useLang();
  return (
    <p className="banner banner-illustrative" role="note">
      <span className="badge badge-illustrative">{t('illustrativeBadge')}</span> {t('illustrativeBanner')}
    </p>
  );
}

export function DataGapNote() {
  const { t } = useLang();
  return (
    <p className="banner banner-note" role="note">
      {t('dataGapNote')}
    </p>
  );
}
