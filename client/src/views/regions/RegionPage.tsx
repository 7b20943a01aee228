// /regions/:id — one region as a county reads it: its gaps (co-built park, high-tech zone, parks'
// specialities), parks, local firms by industry and chain link, and partners across the river. A city
// or province lists its counties with their gap counts. The path (and ?lang=en) is the bookmark.
import { Link, useParams } from 'react-router';
import type { RegionProfile } from '../../../../graph/model/regions';
import { useApi } from '../../api/useApi';
import { IllustrativeBadge } from '../../components/Illustrative';
import { Loaded } from '../../components/Status';
import { RegionCases } from '../cases/RegionCases';
import { useLang } from '../../i18n/lang';
import { nodePath, regionPath } from '../../state/landing';
import { RegionFirms } from './RegionFirms';
import { RegionGaps } from './RegionGaps';
import { RegionMaps } from './RegionMaps';
import { RegionParks } from './RegionParks';
import { RegionPartners } from './RegionPartners';
import { RegionRelated, RelatedSectionLink, showsRelated } from './RegionRelated';
import { useRegionText } from './regionText';

export function RegionPage() {
  const { id = '' } = useParams();
  const { state, reload } = useApi<RegionProfile>(`/api/regions/${encodeURIComponent(id)}/profile`);
  const lang = useLang();
  const { s } = useRegionText();
  return (
    <div className="page region-page">
      <Loaded state={state} reload={reload}>
        {(view) => <RegionView view={view} />}
      </Loaded>
      {state.kind === 'error' && (
        <p>
          <Link to={lang.href('/')}>{lang.t('backToOverview')}</Link> · <span className="muted">{s('regionTitle')}</span>
        </p>
      )}
    </div>
  );
}

const SECTIONS = ['gaps', 'parks', 'firms', 'partners'] as const;

function RegionView({ view }: { view: RegionProfile }) {
  const lang = useLang();
  const { s, kindName } = useRegionText();
  const region = view.region;
  const kind = kindName(region.kind);
  return (
    <>
      <header className="page-head">
        <nav className="breadcrumb" aria-label={lang.pick('位置', 'Location')}>
          <Link to={lang.href('/')}>{lang.t('navOverview')}</Link>
          {[...view.within].reverse().map((up) => (
            <span key={up.id}>
              {' '}
              <span aria-hidden="true">›</span> <Link to={lang.href(regionPath(up.id))}>{lang.name(up)}</Link>
            </span>
          ))}{' '}
          <span aria-hidden="true">›</span> {lang.name(region)}
        </nav>
        <h1>
          {lang.name(region)} {kind && <span className="region-kind">{kind}</span>}
          {region.illustrative && <IllustrativeBadge />}
        </h1>
        <p className="lead">{s('intro')}</p>
        <nav className="region-sections" aria-label={s('sections')}>
          {SECTIONS.map((key) => (
            <a key={key} href={`#region-${key}`}>
              {s(key)}
            </a>
          ))}
          {showsRelated(region.kind) && <RelatedSectionLink />}
          <Link to={lang.href(nodePath(region.id))}>{s('neighbourhood')}</Link>
        </nav>
      </header>
      <div className="region-layout">
        <RegionMaps view={view} />
        <RegionGaps view={view} />
        <RegionCases regionId={region.id} />
        <RegionParks view={view} />
        <RegionFirms view={view} />
        <RegionPartners view={view} />
        {showsRelated(region.kind) && <RegionRelated regionId={region.id} />}
      </div>
    </>
  );
}
