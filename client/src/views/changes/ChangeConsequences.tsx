// What the period's changes did to the analysis: gaps opened and closed, 六个一 scores that moved (▲/▼ and
// the figure, words for screen readers), and targets whose status changed.
import { Link } from 'react-router';
import type { ChangesView } from '../../../../graph/model/changes';
import type { Gap } from '../../api/types';
import { useLang } from '../../i18n/lang';
import { useRuleTitles } from '../../state/rules';
import { SeverityChip } from '../chains/Legend';

/** "▲8" / "▼8": a score change as a mark and its figure. */
export function deltaText(delta: number): string {
  return `${delta > 0 ? '▲' : '▼'}${Math.abs(delta)}`;
}

function GapItems({ gaps, testId }: { gaps: Gap[]; testId: string }) {
  const lang = useLang();
  const titles = useRuleTitles();
  if (gaps.length === 0) return <p className="muted small">{lang.t('noConsequence')}</p>;
  return (
    <ul className="plain-list" data-testid={testId}>
      {gaps.map((gap) => (
        <li key={gap.id} data-gap={gap.id}>
          <SeverityChip severity={gap.severity} />{' '}
          <Link to={lang.href(gap.industryId ? `/industries/${encodeURIComponent(gap.industryId)}?gap=${encodeURIComponent(gap.id)}` : `/nodes/${encodeURIComponent(gap.subject.id)}`)}>
            {lang.name(gap.subject)} · {titles(gap.ruleId)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function ChangeConsequences({ view }: { view: ChangesView }) {
  const lang = useLang();
  const { t } = lang;
  const { gapsOpened, gapsClosed, scores, targets } = view.consequences;
  const score = (value: number | null) => (value === null ? t('changeNotAnalysed') : String(Math.round(value)));
  return (
    <div className="change-consequences" data-testid="change-consequences">
      <h3>{t('consequencesHeading')}</h3>
      <h4>{t('gapsOpened')}</h4>
      <GapItems gaps={gapsOpened} testId="gaps-opened" />
      <h4>{t('gapsClosed')}</h4>
      <GapItems gaps={gapsClosed} testId="gaps-closed" />
      <h4>{t('scoreChanges')}</h4>
      {scores.length === 0 ? (
        <p className="muted small">{t('noConsequence')}</p>
      ) : (
        <ul className="plain-list" data-testid="score-changes">
          {scores.map((s) => {
            const delta = s.before !== null && s.after !== null ? Math.round(s.after) - Math.round(s.before) : 0;
            return (
              <li key={s.industry.id} data-industry={s.industry.id}>
                {lang.name(s.industry)}: {score(s.before)} → {score(s.after)}
                {delta !== 0 && (
                  <span className={delta > 0 ? 'delta-up' : 'delta-down'}>
                    {' '}
                    (<span aria-hidden="true">{deltaText(delta)}</span>
                    <span className="visually-hidden">{t(delta > 0 ? 'scoreUp' : 'scoreDown', { n: Math.abs(delta) })}</span>)
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h4>{t('targetChanges')}</h4>
      {targets.length === 0 ? (
        <p className="muted small">{t('noConsequence')}</p>
      ) : (
        <ul className="plain-list" data-testid="target-changes">
          {targets.map((c) => (
            <li key={c.target.id}>
              {lang.name(c.target)}: {c.before ? lang.targetStatusName(c.before) : t('changeNotAnalysed')} → {c.after ? lang.targetStatusName(c.after) : t('changeNotAnalysed')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
