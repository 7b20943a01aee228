// The region's gaps as the gap engine finds them: for a county, the two full-coverage checks (三(三))
// with the parks that meet them or the gap; for a city or province, its counties with their gap
// counts; then any other gap lying in it (a park's speciality). Marks are a symbol and a word, never
// colour alone.
import type { Gap, NodeRef } from '../../../../graph/model';
import type { CountyCoverage, RegionProfile } from '../../../../graph/model/regions';
import { useLang } from '../../i18n/lang';
import { useRuleTitles } from '../../state/rules';
import { SeverityChip } from '../chains/Legend';
import { RefLink, RefList } from './RefLinks';
import { useRegionText } from './regionText';

const CO_BUILT = 'region-no-co-built-park';
const HIGH_TECH = 'region-no-high-tech-zone';
const COVERAGE_RULES = new Set([CO_BUILT, HIGH_TECH]);

function Mark({ met }: { met: boolean }) {
  const { s } = useRegionText();
  return (
    <span className={`coverage-mark ${met ? 'coverage-met' : 'coverage-missing'}`}>
      <span aria-hidden="true">{met ? '✓' : '✗'}</span> {met ? s('met') : s('missing')}
    </span>
  );
}

function CoverageCheck({ title, parks, gap }: { title: string; parks: readonly NodeRef[]; gap: Gap | undefined }) {
  const lang = useLang();
  return (
    <li className="coverage-check" data-testid="coverage-check">
      <div className="coverage-head">
        <strong>{title}</strong> <Mark met={parks.length > 0} /> {gap && <SeverityChip severity={gap.severity} />}
      </div>
      {parks.length > 0 ? (
        <p className="small">
          <RefList nodes={parks} />
        </p>
      ) : (
        gap && <p className="small">{lang.pick(gap.explanationZh, gap.explanationEn)}</p>
      )}
    </li>
  );
}

function CountyChecks({ county, gaps }: { county: CountyCoverage; gaps: readonly Gap[] }) {
  const { s } = useRegionText();
  const gapOf = (ruleId: string) => gaps.find((g) => g.ruleId === ruleId && g.subject.id === county.region.id);
  return (
    <>
      <h3>{s('coverage')}</h3>
      <ul className="coverage-list">
        <CoverageCheck title={s('coBuiltCheck')} parks={county.coBuiltParks} gap={gapOf(CO_BUILT)} />
        <CoverageCheck title={s('highTechCheck')} parks={county.highTechZones} gap={gapOf(HIGH_TECH)} />
      </ul>
    </>
  );
}

function CountyTable({ counties }: { counties: readonly CountyCoverage[] }) {
  const { s } = useRegionText();
  return (
    <>
      <h3>{s('counties')}</h3>
      <table className="data-table county-table" data-testid="county-table">
        <thead>
          <tr>
            <th scope="col">{s('county')}</th>
            <th scope="col">{s('coBuiltCheck')}</th>
            <th scope="col">{s('highTechCheck')}</th>
            <th scope="col">{s('gapCount')}</th>
          </tr>
        </thead>
        <tbody>
          {counties.map((c) => (
            <tr key={c.region.id}>
              <th scope="row">
                <RefLink node={c.region} />
              </th>
              <td>
                <Mark met={c.coBuiltParks.length > 0} />
              </td>
              <td>
                <Mark met={c.highTechZones.length > 0} />
              </td>
              <td className="num">{c.gapCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function RegionGaps({ view }: { view: RegionProfile }) {
  const lang = useLang();
  const { s } = useRegionText();
  const ruleTitle = useRuleTitles();
  const own = view.counties.find((c) => c.region.id === view.region.id);
  const others = view.gaps.filter((g) => !COVERAGE_RULES.has(g.ruleId));
  const validTo = view.region.validTo;
  return (
    <section className="card region-gaps" id="region-gaps" aria-labelledby="region-gaps-title" data-testid="region-gaps">
      <h2 id="region-gaps-title">
        {s('gaps')} <span className="muted">({view.gaps.length})</span>
      </h2>
      {validTo && Number(validTo.slice(0, 4)) <= view.asOfYear && <p className="muted">{s('former', { year: validTo.slice(0, 4) })}</p>}
      {own ? (
        <CountyChecks county={own} gaps={view.gaps} />
      ) : view.counties.length > 0 ? (
        <>
          <p className="muted small">{s('notAssessed')}</p>
          <CountyTable counties={view.counties} />
        </>
      ) : (
        !validTo && <p className="muted">{s('notAssessedNone')}</p>
      )}
      {others.length > 0 && (
        <>
          <h3>{s('otherGaps')}</h3>
          <ul className="gap-list region-gap-list">
            {others.map((gap) => (
              <li key={gap.id}>
                <SeverityChip severity={gap.severity} /> <strong>{ruleTitle(gap.ruleId)}</strong> · <RefLink node={gap.subject} />
                <p className="small">{lang.pick(gap.explanationZh, gap.explanationEn)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.gaps.length === 0 && (own || view.counties.length > 0) && <p className="status status-empty">{s('noGaps')}</p>}
    </section>
  );
}
