// What a file would do or did (create, update, link), and its bad rows: row, column, reason.
import type { ImportCounts, RowError } from '../../api/wire';
import { useLang } from '../../i18n/lang';

export function CountsList({ counts, planned }: { counts: ImportCounts; planned: boolean }) {
  const { t } = useLang();
  const items = [
    { key: 'create', label: t(planned ? 'wouldCreate' : 'createdCount'), value: counts.create },
    { key: 'update', label: t(planned ? 'wouldUpdate' : 'updatedCount'), value: counts.update },
    { key: 'link', label: t(planned ? 'wouldLink' : 'linkedCount'), value: counts.link },
  ];
  return (
    <dl className="figures figures-three" data-testid={planned ? 'planned-counts' : 'written-counts'}>
      {items.map((item) => (
        <div key={item.key} data-count={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function RowErrors({ errors, total }: { errors: readonly RowError[]; total: number }) {
  const lang = useLang();
  const { t } = lang;
  return (
    <div className="table-scroll row-errors" tabIndex={0} aria-label={t('problemWord')}>
      <table className="data-table" data-testid="row-errors">
        <caption className="muted small">{errors.length < total ? t('errorsListedOf', { shown: errors.length, total }) : null}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rowWord')}</th>
            <th scope="col">{t('columnWord')}</th>
            <th scope="col">{t('problemWord')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={index} data-row={error.row ?? ''} data-column={error.column ?? ''}>
              <td>{error.row ?? '—'}</td>
              <td>{error.column ? <code>{error.column}</code> : '—'}</td>
              <td>
                {lang.pick(error.reasonZh, error.reason)}
                {lang.pick(error.reason, error.reasonZh) !== lang.pick(error.reasonZh, error.reason) && (
                  <span className="muted small" lang={lang.lang === 'zh' ? 'en' : 'zh-CN'}>
                    {' '}
                    · {lang.pick(error.reason, error.reasonZh)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
