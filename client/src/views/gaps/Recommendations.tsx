// The candidates a gap names (推荐对接), best first, each with its score and every part of it as a
// readable reason; or, when there is none, the data that would produce one. Used by the gap panel and
// the partners page.
import type { Gap, NodeRef } from '../../api/types';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';
import { RECOMMEND_STRINGS, type RecommendStringKey } from '../../i18n/recommendStrings';
import './recommendations.css';

export function useRecommendText(): (key: RecommendStringKey, values?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return (key, values) => {
    let text: string = RECOMMEND_STRINGS[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

const KIND_KEY: Record<Gap['suggestions'][number]['kind'], RecommendStringKey> = {
  'covers-link': 'kindCoversLink',
  'supports-link': 'kindSupportsLink',
  'researches-field': 'kindResearchesField',
};

interface Props {
  gap: Gap;
  /** Opens a candidate; without it names are plain text. */
  onOpen?: (ref: NodeRef) => void;
  /** Heading level of the title (the panel uses h4, the partners page h4 inside its h3). */
  heading?: boolean;
}

export function Recommendations({ gap, onOpen, heading = true }: Props) {
  const lang = useLang();
  const r = useRecommendText();
  if (gap.suggestions.length === 0 && !gap.missingData) return null;
  return (
    <div className="recommendations" data-testid="recommendations">
      {heading && <h4>{r('title')}</h4>}
      {gap.suggestions.length > 0 && (
        <ol className="recommendation-list">
          {gap.suggestions.map((s) => (
            <li key={s.id} data-testid="recommendation" data-candidate={s.id}>
              <p className="recommendation-head">
                {onOpen ? (
                  <button type="button" className="link-button" onClick={() => onOpen(s)}>
                    {lang.name(s)}
                  </button>
                ) : (
                  <strong>{lang.name(s)}</strong>
                )}
                {s.illustrative && <IllustrativeBadge />}
                <span className="recommendation-score">{r('score', { score: s.score })}</span>
              </p>
              <p className="muted small">
                {r(KIND_KEY[s.kind])}
                {s.place && ` · ${lang.pick(s.place.nameZh, s.place.nameEn)}`}
              </p>
              <ul className="recommendation-reasons" aria-label={r('reasonsLabel')}>
                {s.reasons.map((reason) => (
                  <li key={reason.key}>
                    <span className="reason-points">{r('points', { points: reason.points })}</span> {lang.pick(reason.zh, reason.en)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {gap.missingData && (
        <p className="missing-data" role="note" data-testid="missing-data">
          <strong>{r('missingTitle')}</strong>
          {lang.pick(gap.missingData.zh, gap.missingData.en)}
        </p>
      )}
    </div>
  );
}
