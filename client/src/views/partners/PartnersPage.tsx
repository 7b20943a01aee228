// /partners — Nantong's links with Shanghai and southern Jiangsu (跨江融合): per partner region, per
// industry (partners, co-built parks, or the engine's candidates when there are none, or the data they
// need), the named candidates for each chain-link gap (补链招商), and the counties still without a co-built park.
import { Link, useNavigate } from 'react-router';
import { INDUSTRY_TIERS, sourceRefText } from '../../../../graph/model';
import type { IndustryPartnersView, PartnerLink, PartnerRegionView, PartnersView } from '../../../../graph/model/partners';
import type { NodeRef } from '../../api/types';
import { useApi } from '../../api/useApi';
import { scopedUrl, useRegionScope } from '../../state/regionScope';
import { DataGapNote, IllustrativeBadge } from '../../components/Illustrative';
import { Empty, Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { TIER_NAMES } from '../../i18n/strings';
import { chainPath, landingPath, nodePath } from '../../state/landing';
import { SeverityChip } from '../chains/Legend';
import { ChainRecommendations } from './ChainRecommendations';

function useOpen(): (ref: NodeRef) => void {
  const navigate = useNavigate();
  const lang = useLang();
  return (ref) => {
    landingPath(ref)
      .then((path) => void navigate(lang.href(path)))
      .catch(() => void navigate(lang.href(nodePath(ref.id))));
  };
}

function NodeButton({ node }: { node: NodeRef }) {
  const lang = useLang();
  const open = useOpen();
  return (
    <button type="button" className="link-button" onClick={() => open(node)}>
      {lang.name(node)}
    </button>
  );
}

function LinkItem({ link, showVia }: { link: PartnerLink; showVia: boolean }) {
  const lang = useLang();
  return (
    <li>
      <NodeButton node={link.node} />
      {showVia && link.via && (
        <span className="muted">
          {' '}
          ← {lang.name(link.via)}
        </span>
      )}
      {link.illustrative ? (
        <IllustrativeBadge />
      ) : (
        link.sourceKind === 'document' &&
        link.sourceRef && <span className="muted small"> · {sourceRefText(link.sourceKind, link.sourceRef, lang.lang)}</span>
      )}
    </li>
  );
}

export function PartnersPage() {
  const lang = useLang();
  const { t } = lang;
  const scope = useRegionScope();
  const open = useOpen();
  const { state, reload } = useApi<PartnersView>(scopedUrl('/api/partners', scope.regionId));
  // The links held by the region analysed itself are headed with its name once known.
  const scopeName = scope.current ? lang.name(scope.current) : scope.regionId;
  const ownLinks = scopeName ? t('scopePartners', { name: scopeName }) : t('cityPartners');
  return (
    <div className="page partners-page">
      <header className="page-head">
        <h1>{t('partnersTitle')}</h1>
        <p className="lead">{t('partnersIntro')}</p>
        <DataGapNote />
      </header>
      <Loaded state={state} reload={reload}>
        {(view) => (
          <div className="partners-layout">
            <aside>
              {view.regions.map((region) => (
                <RegionCard key={region.region.id} region={region} ownLinks={ownLinks} />
              ))}
              <CountiesWithout view={view} />
            </aside>
            <section aria-labelledby="by-industry">
              <h2 id="by-industry">{t('byIndustry')}</h2>
              <IndustryTable industries={view.industries} />
              <ChainRecommendations industries={view.industries} onOpen={open} />
            </section>
          </div>
        )}
      </Loaded>
    </div>
  );
}

function RegionCard({ region, ownLinks }: { region: PartnerRegionView; ownLinks: string }) {
  const lang = useLang();
  const { t } = lang;
  return (
    <section className="card" aria-labelledby={`region-${region.region.id}`} data-testid="partner-region">
      <h2 id={`region-${region.region.id}`}>{lang.name(region.region)}</h2>
      <h3>{ownLinks}</h3>
      {region.cityLinks.length === 0 ? (
        <p className="muted">{t('noPartners')}</p>
      ) : (
        <ul className="ref-list">
          {region.cityLinks.map((l) => (
            <LinkItem key={`${l.node.id}-${l.relation}`} link={l} showVia={false} />
          ))}
        </ul>
      )}
      <h3>{t('coBuiltParks')}</h3>
      {region.coBuiltParks.length === 0 ? (
        <p className="muted">{t('noPartners')}</p>
      ) : (
        <ul className="ref-list">
          {region.coBuiltParks.map((l) => (
            <LinkItem key={l.node.id} link={l} showVia />
          ))}
        </ul>
      )}
      <h3>{t('partners')}</h3>
      {region.partnerOrganisations.length === 0 ? (
        <p className="muted">{t('noPartners')}</p>
      ) : (
        <ul className="ref-list">
          {region.partnerOrganisations.map((l) => (
            <LinkItem key={`${l.node.id}-${l.via?.id ?? ''}`} link={l} showVia />
          ))}
        </ul>
      )}
    </section>
  );
}

function CountiesWithout({ view }: { view: PartnersView }) {
  const lang = useLang();
  if (view.countiesWithout.length === 0) return null;
  return (
    <section className="card" aria-labelledby="counties-without">
      <h2 id="counties-without">{lang.pick('尚无沪苏共建园区的县（市）区', 'Counties and districts without a co-built park')}</h2>
      <ul className="ref-list">
        {view.countiesWithout.map((gap) => (
          <li key={gap.id}>
            <SeverityChip severity={gap.severity} /> <NodeButton node={gap.subject} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function IndustryTable({ industries }: { industries: IndustryPartnersView[] }) {
  const lang = useLang();
  const { t } = lang;
  if (industries.length === 0) return <Empty />;
  const tiers = INDUSTRY_TIERS.filter((tier) => industries.some((i) => i.industry.tier === tier));
  return (
    <table className="partner-table" data-testid="partners-table">
      <thead>
        <tr>
          <th scope="col">{t('industry')}</th>
          <th scope="col">{t('partners')}</th>
          <th scope="col">{t('coBuiltParks')}</th>
          <th scope="col">{t('candidates')}</th>
        </tr>
      </thead>
      {tiers.map((tier) => (
        <tbody key={tier}>
          <tr className="tier-row">
            <th scope="rowgroup" colSpan={4}>
              {lang.pick(TIER_NAMES[tier].zh, TIER_NAMES[tier].en)}
            </th>
          </tr>
          {industries
            .filter((i) => i.industry.tier === tier)
            .map((row) => (
              <tr key={row.industry.id}>
                <th scope="row">
                  <Link to={lang.href(chainPath(row.industry.id))}>{lang.name(row.industry)}</Link>
                </th>
                <td>
                  {row.partners.length === 0 ? (
                    <span className="muted">
                      {row.gap && <SeverityChip severity={row.gap.severity} />} {t('noPartners')}
                    </span>
                  ) : (
                    <ul>
                      {row.partners.map((l) => (
                        <LinkItem key={`${l.node.id}-${l.via?.id ?? ''}`} link={l} showVia />
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {row.coBuiltParks.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul>
                      {row.coBuiltParks.map((l) => (
                        <LinkItem key={l.node.id} link={l} showVia={false} />
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {row.candidates.length === 0 ? (
                    row.gap?.missingData ? (
                      <span className="muted small" data-testid="missing-data">
                        {lang.pick(row.gap.missingData.zh, row.gap.missingData.en)}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )
                  ) : (
                    <ol>
                      {row.candidates.map((c) => (
                        <li key={c.id}>
                          <NodeButton node={c} />
                          {c.illustrative && <IllustrativeBadge />}
                          <span className="muted small"> · {lang.pick(c.reasonZh, c.reasonEn)}</span>
                        </li>
                      ))}
                    </ol>
                  )}
                </td>
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  );
}
