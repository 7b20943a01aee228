// A score's change since the chosen date beside the score: "(▲8)", with words for screen readers.
import { useLang } from '../../i18n/lang';
import { deltaText } from './ChangeConsequences';

export function ScoreDelta({ delta }: { delta: number | undefined }) {
  const { t } = useLang();
  if (!delta) return null;
  return (
    <span className={`score-delta ${delta > 0 ? 'delta-up' : 'delta-down'}`} data-testid="score-delta" title={t('changedMark')}>
      (<span aria-hidden="true">{deltaText(delta)}</span>
      <span className="visually-hidden">{t(delta > 0 ? 'scoreUp' : 'scoreDown', { n: Math.abs(delta) })}</span>)
    </span>
  );
}
