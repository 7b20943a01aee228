// /compare?regions=a,b,c&industry=x — regions side by side for one industry: a table (firms, link
// coverage, 六个一 and score, LQ and stars, growth), the LQ chart, the LQ × growth quadrant where two years
// of data exist, and coverage per chain link. Without an industry, LQ across the regions' key
// industries, to choose one from. The query string is the state: a bookmark, and Back undoes a change.
import type { EntityDto, Page } from '../../../../graph/model';
import type { CompareResponse } from '../../../../graph/model/compare';
import { useApi } from '../../api/useApi';
import { IllustrativeBanner } from '../../components/Illustrative';
import { Empty, Loaded } from '../../components/Status';
import { CompareCharts } from './CompareCharts';
import { CompareNotes } from './CompareNotes';
import { CompareTable } from './CompareTable';
import { useCompareText } from './compareText';
import { useCompareUrlState } from './compareUrl';
import { useKnownRegions, type KnownRegions } from './knownRegions';
import { LinkCoverage } from './LinkCoverage';
import { Pickers } from './Pickers';
import { SpecialisationMatrix } from './SpecialisationMatrix';
import './compare.css';

const LISTS = 'limit=500&sort=id';

export function ComparePage() {
  const s = useCompareText();
  const [{ regions, industry }, update] = useCompareUrlState();
  const regionList = useApi<Page<EntityDto>>(`/api/regions?${LISTS}`);
  const industryList = useApi<Page<EntityDto>>(`/api/industries?${LISTS}`);
  const query = regions.length === 0 ? null : `/api/compare?regions=${regions.map(encodeURIComponent).join(',')}${industry ? `&industry=${encodeURIComponent(industry)}` : ''}`;
  const compare = useApi<CompareResponse>(query);
  const known = useKnownRegions(regionList.state.kind === 'ready' ? regionList.state.data.items : null);

  return (
    <div className="page compare-page">
      <header className="page-head">
        <h1>{s('title')}</h1>
        <p className="lead">{s('intro')}</p>
      </header>
      <Loaded state={regionList.state} reload={regionList.reload}>
        {(regionPage) => (
          <Loaded state={industryList.state} reload={industryList.reload}>
            {(industryPage) => (
              <Pickers
                regions={regionPage.items}
                industries={industryPage.items}
                chosen={regions}
                industry={industry}
                onRegions={(ids) => update({ regions: ids })}
                onIndustry={(id) => update({ industry: id })}
              />
            )}
          </Loaded>
        )}
      </Loaded>
      {query === null ? (
        <Empty>{s('noRegions')}</Empty>
      ) : (
        <Loaded state={compare.state} reload={compare.reload}>
          {(data) => (
            <>
              {data.regions.some((row) => known.illustrative.has(row.region.id)) && <IllustrativeBanner />}
              {data.industry ? <IndustryComparison data={data} known={known} /> : <SpecialisationMatrix data={data} known={known} />}
            </>
          )}
        </Loaded>
      )}
    </div>
  );
}

function IndustryComparison({ data, known }: { data: CompareResponse; known: KnownRegions }) {
  const s = useCompareText();
  return (
    <>
      <section className="card" aria-labelledby="compare-table-head">
        <h2 id="compare-table-head">{s('table')}</h2>
        <CompareTable data={data} illustrative={known.illustrative} />
        <CompareNotes data={data} known={known} />
      </section>
      <CompareCharts data={data} />
      <LinkCoverage data={data} />
      <p className="muted compare-permalink">{s('permalink')}</p>
    </>
  );
}
