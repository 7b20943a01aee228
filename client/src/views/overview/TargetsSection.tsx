// The overview's targets: counts by status, one row per quantitative target (value, latest, status and
// why), a chart of the chosen target's series (?target=<id>, so it is a bookmark), the qualitative goals
// with their text and section, and the status rule as the server states it.
import { Link, useSearchParams } from 'react-router';
import { sourceRefText, TARGET_STATUS_SYMBOLS, TARGET_STATUSES, valueWithUnit, type TargetCounts, type TargetProgress, type TargetStatus } from '../../../../graph/model';
import type { TargetProgressList } from '../../api/types';
import { IllustrativeBadge } from '../../components/Illustrative';
import { Empty } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { TargetChart } from './TargetChart';
import { useTargetText } from './targetText';

const COUNT_KEY: Record<TargetStatus, keyof TargetCounts> = {
  met: 'met',
  'on-track': 'onTrack',
  'off-track': 'offTrack',
  'no-data': 'noData',
  qualitative: 'qualitative',
};

export function Targets({ list }: { list: TargetProgressList }) {
  const lang = useLang();
  const { t } = lang;
  const tt = useTargetText();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('target');
  const choose = (id: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id === null) next.delete('target');
        else next.set('target', id);
        return next;
      },
      { replace: true },
    );
  const judged = list.items.filter((i) => i.status !== 'qualitative');
  const qualitative = list.items.filter((i) => i.status === 'qualitative');
  const open = judged.find((i) => i.target.id === chosen);
  return (
    <section className="card targets-card" aria-labelledby="targets-title" data-testid="targets">
      <h2 id="targets-title">{t('targetProgress')}</h2>
      <p className="target-counts">
        {TARGET_STATUSES.map((status) => (
          <span key={status} className={`target-${status}`} data-testid={`target-count-${status}`}>
            {TARGET_STATUS_SYMBOLS[status]} {lang.targetStatusName(status)} {list.counts[COUNT_KEY[status]]}
          </span>
        ))}
      </p>
      <div className={open ? 'targets-body with-chart' : 'targets-body'}>
        {list.items.length === 0 ? (
          <Empty />
        ) : (
          <table className="targets-table">
            <thead>
              <tr>
                <th scope="col">{t('targetValue')}</th>
                <th scope="col">{t('latestValue')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {judged.map((item) => (
                <TargetRow key={item.target.id} item={item} open={item === open} onChart={() => choose(item === open ? null : item.target.id)} />
              ))}
            </tbody>
          </table>
        )}
        {open && (
          <div className="target-chart-pane">
            <TargetChart item={open} />
          </div>
        )}
      </div>
      {qualitative.length > 0 && (
        <div className="target-qualitative" data-testid="qualitative-targets">
          <h3>
            {TARGET_STATUS_SYMBOLS.qualitative} {tt('qualitative')}
          </h3>
          <ul>
            {qualitative.map((item) => (
              <li key={item.target.id}>
                <Link to={lang.href(`/nodes/${encodeURIComponent(item.target.id)}`)}>{lang.name(item.target)}</Link>
                {(lang.lang === 'zh' ? item.target.textZh : item.target.textEn) && <q>{lang.lang === 'zh' ? item.target.textZh : item.target.textEn}</q>}
                <span className="muted small"> {tt('section', { ref: sourceRefText('document', item.target.sourceRef, lang.lang) })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="target-rule" data-testid="target-rule">
        <summary>{tt('rule')}</summary>
        <p>{list.rule[lang.lang]}</p>
      </details>
    </section>
  );
}

function TargetRow({ item, open, onChart }: { item: TargetProgress; open: boolean; onChart: () => void }) {
  const lang = useLang();
  const tt = useTargetText();
  const { target } = item;
  return (
    <tr className={`target-${item.status}`} data-testid={`target-row-${target.id}`}>
      <th scope="row">
        <Link to={lang.href(`/nodes/${encodeURIComponent(target.id)}`)}>{lang.name(item.indicator ?? target)}</Link>
        <span className="muted small">
          {' '}
          {target.year} {target.comparator} {valueWithUnit(String(target.value), target.unit, lang.lang)}
        </span>
      </th>
      <td>
        {item.latest ? (
          <>
            {valueWithUnit(String(item.latest.value), target.unit, lang.lang)} <span className="muted small">({item.latest.year})</span>
            {item.latest.illustrative && <IllustrativeBadge />}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <span aria-hidden="true">{TARGET_STATUS_SYMBOLS[item.status]}</span> {lang.targetStatusName(item.status)}
        <div className="muted small target-reason">{lang.lang === 'zh' ? item.reasonZh : item.reasonEn}</div>
        {item.series.length > 0 && (
          <button type="button" className="link-button small" aria-pressed={open} onClick={onChart}>
            {open ? tt('closeChart') : tt('chart')}
          </button>
        )}
      </td>
    </tr>
  );
}
