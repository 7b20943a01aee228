// With nothing selected, the side panel lists the industry's gaps and links (a keyboard route into the
// graph: each entry selects its node) and the legend.
import { SEVERITIES } from '../../../../graph/model';
import type { ChainNodeData, ChainView } from '../../api/types';
import { useLang } from '../../i18n/lang';
import { useRuleTitles } from '../../state/rules';
import { GapStatus } from '../gaps/GapDetail';
import { countsLine } from '../chains/labels';
import { Legend, SeverityChip } from './Legend';

interface Props {
  view: ChainView;
  links: ChainNodeData[];
  onSelect: (id: string) => void;
  onSelectGap: (gapId: string) => void;
}

export function IndustrySidebar({ view, links, onSelect, onSelectGap }: Props) {
  const lang = useLang();
  const { t } = lang;
  const titles = useRuleTitles();
  const gaps = [...view.gaps].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return (
    <div className="industry-sidebar">
      <p className="muted">{t('selectHint')}</p>
      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">
          {t('industryGaps')} <span className="muted">({gaps.length})</span>
        </h3>
        {/* Beside the gaps it qualifies, instead of a banner above the canvas that would take its height. */}
        <p className="muted small" role="note" data-testid="data-gap-note">
          {t('dataGapNote')}
        </p>
        {gaps.length === 0 ? (
          <p className="muted">{t('noGaps')}</p>
        ) : (
          <ul className="plain-list gap-buttons">
            {gaps.map((gap) => (
              <li key={gap.id}>
                <button type="button" className="list-button" onClick={() => onSelectGap(gap.id)}>
                  <SeverityChip severity={gap.severity} />
                  <span className="list-button-title">
                    {titles(gap.ruleId)}
                    {gap.subject.id !== view.industry.id && <span className="muted"> · {lang.name(gap.subject)}</span>}
                  </span>
                  <GapStatus status={gap.status} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {links.length > 0 && (
        <section aria-labelledby="links-title">
          <h3 id="links-title">{t('chainTitle')}</h3>
          <ol className="plain-list link-buttons">
            {links.map((link) => (
              <li key={link.id}>
                <button type="button" className="list-button" onClick={() => onSelect(link.id)}>
                  <span className="stage-tag">{lang.stageName(link.stage ?? 'midstream')}</span>
                  <span className="list-button-title">{lang.name(link)}</span>
                  <span className="muted small">{countsLine(link, lang)}</span>
                  {link.gapSeverity && <SeverityChip severity={link.gapSeverity} />}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      <Legend />
    </div>
  );
}
