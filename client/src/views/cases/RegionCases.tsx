// A region page's cases: those opened under the region as scope, or whose gap lies in it.
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';
import { Loaded } from '../../components/Status';
import { CASE_STRINGS as S } from '../../i18n/caseStrings';
import { useLang } from '../../i18n/lang';
import type { CaseList } from '../../../../graph/model';
import { CaseSummaryList } from './CaseSummaryList';
import './cases.css';

export function RegionCases({ regionId }: { regionId: string }) {
  const lang = useLang();
  const { state, reload } = useApi<CaseList>(`/api/cases?place=${encodeURIComponent(regionId)}`);
  return (
    <section className="card region-cases" id="region-cases" aria-labelledby="region-cases-title" data-testid="region-cases">
      <h2 id="region-cases-title">{S.regionCases[lang.lang]}</h2>
      <Loaded state={state} reload={reload}>
        {(list) =>
          list.items.length === 0 ? (
            <p className="muted">{S.regionCasesNone[lang.lang]}</p>
          ) : (
            <div className="case-box">
              <CaseSummaryList cases={list.items} withGap />
              <Link to={lang.href('/cases')}>{S.seeList[lang.lang]}</Link>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}
