// The region's partners, grouped by the partner region each partner is or sits in (Shanghai, southern
// Jiangsu, …; the rest under "elsewhere"): who here holds the tie, the tie, and the partner.
import type { PartnerLink } from '../../../../graph/model/partners';
import type { RegionProfile } from '../../../../graph/model/regions';
import { IllustrativeBadge } from '../../components/Illustrative';
import { Empty } from '../../components/Status';
import { RefLink } from './RefLinks';
import { useRegionText } from './regionText';

/** Read as a sentence: who here holds the tie (left out when it is the region itself), the tie, the partner. */
function PartnerItem({ link, regionId }: { link: PartnerLink; regionId: string }) {
  const { relationName } = useRegionText();
  return (
    <li>
      {link.via && link.via.id !== regionId && (
        <>
          <RefLink node={link.via} />{' '}
        </>
      )}
      <span className="muted">{relationName(link.relation)}</span>{' '}
      <strong>
        <RefLink node={link.node} />
      </strong>
      {link.illustrative && <IllustrativeBadge />}
    </li>
  );
}

export function RegionPartners({ view }: { view: RegionProfile }) {
  const { s } = useRegionText();
  const groups = [
    ...view.partnerRegions.map((region) => ({ key: region.id, region, links: view.partners.filter((l) => l.regionId === region.id) })),
    { key: 'elsewhere', region: null, links: view.partners.filter((l) => !view.partnerRegions.some((r) => r.id === l.regionId)) },
  ].filter((g) => g.links.length > 0);
  return (
    <section className="card region-partners" id="region-partners" aria-labelledby="region-partners-title" data-testid="region-partners">
      <h2 id="region-partners-title">
        {s('partners')} <span className="muted">({view.partners.length})</span>
      </h2>
      <p className="muted small">{s('partnersIntro')}</p>
      {groups.length === 0 ? (
        <Empty>{s('noPartners')}</Empty>
      ) : (
        groups.map((group) => (
          <div key={group.key} className="partner-group">
            <h3>{group.region ? <RefLink node={group.region} /> : s('otherPartners')}</h3>
            <ul className="ref-list">
              {group.links.map((link) => (
                <PartnerItem key={`${link.node.id}-${link.relation}-${link.via?.id ?? ''}`} link={link} regionId={view.region.id} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
