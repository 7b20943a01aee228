// /partners — placeholder until the partners aggregate lands.
import { useLang } from '../../i18n/lang';

export function PartnersPage() {
  const { t } = useLang();
  return (
    <div className="page">
      <h1>{t('partnersTitle')}</h1>
    </div>
  );
}
