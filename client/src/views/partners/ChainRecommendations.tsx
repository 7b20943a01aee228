// The partners page's 补链招商推荐: per industry, its missing, at-risk and weak links, each with the
// firms and organisations outside the region that could fill it and why (or the data that would name
// one). The industry shown is in the URL (?industry=), so a view can be bookmarked.
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { IndustryPartnersView } from '../../../../graph/model/partners';
import type { NodeRef } from '../../api/types';
import { useLang } from '../../i18n/lang';
import { useRuleTitles } from '../../state/rules';
import { SeverityChip } from '../chains/Legend';
import { Recommendations, useRecommendText } from '../gaps/Recommendations';

interface Props {
  industries: IndustryPartnersView[];
  onOpen: (ref: NodeRef) => void;
}

export function ChainRecommendations({ industries, onOpen }: Props) {
  const lang = useLang();
  const r = useRecommendText();
  const titles = useRuleTitles();
  const selectId = useId();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('industry');
  const withGaps = industries.filter((i) => i.chainGaps.length > 0);
  const shown = withGaps.filter((i) => chosen === null || i.industry.id === chosen);
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    if (id === '') next.delete('industry');
    else next.set('industry', id);
    setParams(next, { replace: true });
  };
  return (
    <section className="chain-recommendations" aria-labelledby="chain-recommendations" data-testid="chain-recommendations">
      <h2 id="chain-recommendations">{r('sectionTitle')}</h2>
      <p className="muted">{r('sectionIntro')}</p>
      <p>
        <label htmlFor={selectId}>{r('industryFilter')} </label>
        <select id={selectId} value={chosen ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">{r('allIndustries')}</option>
          {withGaps.map((i) => (
            <option key={i.industry.id} value={i.industry.id}>
              {lang.name(i.industry)} · {r('gapCount', { count: i.chainGaps.length })}
            </option>
          ))}
        </select>
      </p>
      {shown.length === 0 && <p className="muted">{r('noChainGaps')}</p>}
      {shown.map((industry) => (
        <article key={industry.industry.id} className="card" data-testid="chain-recommendations-industry" data-industry={industry.industry.id}>
          <h3>{lang.name(industry.industry)}</h3>
          {industry.chainGaps.map((gap) => (
            <section key={gap.id} className="chain-recommendation" aria-label={`${lang.name(gap.subject)} · ${titles(gap.ruleId)}`}>
              <h4>
                <SeverityChip severity={gap.severity} /> {lang.name(gap.subject)} <span className="muted small">· {titles(gap.ruleId)}</span>
              </h4>
              <Recommendations gap={gap} onOpen={onOpen} heading={false} />
            </section>
          ))}
        </article>
      ))}
    </section>
  );
}
