// A Target's or an Indicator's progress in the detail panel: each target's status with its reason (a
// qualitative one with its wording), and the series chart of the target (an indicator's latest-year
// quantitative target), from the same GET /api/targets/progress the overview reads.
import { TARGET_STATUS_SYMBOLS, type TargetProgressList } from '../../../../graph/model';
import { useApi } from '../../api/useApi';
import { Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { TargetChart } from '../overview/TargetChart';

export function TargetTrend({ id, label }: { id: string; label: string }) {
  const lang = useLang();
  const progress = useApi<TargetProgressList>('/api/targets/progress');
  return (
    <Loaded state={progress.state} reload={progress.reload}>
      {(list) => {
        const items = list.items.filter((i) => (label === 'Target' ? i.target.id === id : i.indicator?.id === id));
        if (items.length === 0) return null;
        const charted = items.filter((i) => i.status !== 'qualitative' && i.series.length > 0).at(-1);
        return (
          <section className="detail-targets" data-testid="detail-targets">
            <h3>{lang.t('targetProgress')}</h3>
            <ul className="plain-list">
              {items.map((item) => (
                <li key={item.target.id} className={`target-${item.status}`}>
                  <span aria-hidden="true">{TARGET_STATUS_SYMBOLS[item.status]}</span> {lang.targetStatusName(item.status)}
                  {label !== 'Target' && <span className="muted small"> {lang.name(item.target)}</span>}
                  <div className="muted small">
                    {item.status === 'qualitative' ? (lang.lang === 'zh' ? item.target.textZh : item.target.textEn) : lang.lang === 'zh' ? item.reasonZh : item.reasonEn}
                  </div>
                </li>
              ))}
            </ul>
            {charted && <TargetChart item={charted} compact />}
          </section>
        );
      }}
    </Loaded>
  );
}
