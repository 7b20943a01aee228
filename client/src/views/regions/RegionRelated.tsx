// The region page's 延链 section: industries the region does not yet specialise in, densest first, each
// with its density as a bar and a number and the related strengths it builds on, linked to their chains.
// Says what the co-location was computed from, and warns when too few regions make it a sketch.
import type { RelatedCandidate, RelatedView } from '../../../../graph/model/related';
import { useApi } from '../../api/useApi';
import { Empty, Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { RELATED_STRINGS, type RelatedStringKey } from '../../i18n/relatedStrings';
import { RefLink } from './RefLinks';
import './related.css';

function useRelatedText(): (key: RelatedStringKey, values?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return (key, values) => {
    let text: string = RELATED_STRINGS[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

/** Cities and county-level units: the levels whose peers are comparable places (not partner groupings). */
const RELATED_KINDS: readonly string[] = ['city', 'county', 'county-level-city', 'district'];
export const showsRelated = (kind: string | null): boolean => kind !== null && RELATED_KINDS.includes(kind);

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function CandidateItem({ candidate, minCount }: { candidate: RelatedCandidate; minCount: number }) {
  const lang = useLang();
  const s = useRelatedText();
  return (
    <li className="related-candidate" data-testid="related-candidate" data-industry={candidate.industry.id}>
      <div className="related-head">
        <strong>
          <RefLink node={candidate.industry} badge />
        </strong>
        <span className="related-density">
          <span className="related-bar" aria-hidden="true">
            <span style={{ width: percent(candidate.density) }} />
          </span>
          <span data-testid="related-density">
            {s('density')} {percent(candidate.density)}
          </span>
        </span>
      </div>
      <p className="muted small">
        {s('localFirms', { count: candidate.count })} · {candidate.lq === null ? s('tooSmall', { min: minCount }) : `${s('lq')} ${candidate.lq.toFixed(2)}`}
      </p>
      <p className="small related-supports">
        {s('supportedBy')}
        {candidate.supports.map((support, i) => (
          <span key={support.industry.id} data-testid="related-support">
            {i > 0 && lang.pick('、', ', ')}
            <RefLink node={support.industry} />{' '}
            <span className="muted">
              ({s('proximity')} {support.proximity.toFixed(2)})
            </span>
          </span>
        ))}
      </p>
    </li>
  );
}

function RelatedBody({ view }: { view: RelatedView }) {
  const lang = useLang();
  const s = useRelatedText();
  const listed = view.candidates.filter((c) => c.density > 0);
  // Densest first: once one listed candidate has density 0, so has every candidate past the limit.
  const unrelated = listed.length < view.candidates.length ? view.totalCandidates - listed.length : 0;
  return (
    <>
      <p className="muted small" data-testid="related-basis">
        {s('basis', { regions: view.regionCount, rated: view.ratedRegionCount, lq: view.presenceLq, min: view.minCount })}
      </p>
      {view.fewRegions && (
        <p className="related-warning" role="note" data-testid="related-few">
          {s('fewRegions', { rated: view.ratedRegionCount, min: view.minRegions })}
        </p>
      )}
      <h3>{s('strengths')}</h3>
      {view.strengths.length === 0 ? (
        <Empty>{s('noStrengths')}</Empty>
      ) : (
        <p data-testid="related-strengths">
          {view.strengths.map((strength, i) => (
            <span key={strength.industry.id}>
              {i > 0 && lang.pick('、', ', ')}
              <RefLink node={strength.industry} />{' '}
              <span className="muted">
                ({s('lq')} {strength.lq.toFixed(2)})
              </span>
            </span>
          ))}
        </p>
      )}
      <h3>{s('candidates')}</h3>
      {listed.length === 0 ? (
        <Empty>{s('noCandidates')}</Empty>
      ) : (
        <ol className="related-list">
          {listed.map((candidate) => (
            <CandidateItem key={candidate.industry.id} candidate={candidate} minCount={view.minCount} />
          ))}
        </ol>
      )}
      {unrelated > 0 && listed.length > 0 && <p className="muted small related-rest">{s('unrelated', { count: unrelated })}</p>}
      {unrelated === 0 && view.totalCandidates > view.candidates.length && (
        <p className="muted small related-rest">{s('more', { shown: view.candidates.length, all: view.totalCandidates })}</p>
      )}
    </>
  );
}

export function RegionRelated({ regionId }: { regionId: string }) {
  const s = useRelatedText();
  const { state, reload } = useApi<RelatedView>(`/api/related?region=${encodeURIComponent(regionId)}`);
  return (
    <section className="card region-related" id="region-related" aria-labelledby="region-related-title" data-testid="region-related">
      <h2 id="region-related-title">{s('title')}</h2>
      <p className="muted small">{s('intro')}</p>
      <Loaded state={state} reload={reload}>
        {(view) => <RelatedBody view={view} />}
      </Loaded>
    </section>
  );
}

/** The section's name for the page's "on this page" links. */
export function RelatedSectionLink() {
  const s = useRelatedText();
  return <a href="#region-related">{s('title')}</a>;
}
