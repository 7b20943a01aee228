// The gap panel's case: the case opened on this gap under the scope analysed, or, for an editor, a
// button that opens one (CaseDialog).
import { useState } from 'react';
import { Link } from 'react-router';
import type { Gap } from '../../api/types';
import { useApi } from '../../api/useApi';
import { Loaded } from '../../components/Status';
import { CASE_STRINGS as S } from '../../i18n/caseStrings';
import { useLang } from '../../i18n/lang';
import { useRegionScope } from '../../state/regionScope';
import { usePermissions } from '../../state/session';
import { useRuleTitles } from '../../state/rules';
import type { CaseList } from '../../../../graph/model';
import { CaseDialog } from './CaseDialog';
import { CaseSummaryList } from './CaseSummaryList';

export function GapCase({ gap }: { gap: Gap }) {
  const lang = useLang();
  const can = usePermissions();
  const titles = useRuleTitles();
  const { regionId, choices } = useRegionScope();
  const scope = regionId ?? choices?.homeId ?? null;
  const url = scope ? `/api/cases?gap=${encodeURIComponent(gap.id)}&scope=${encodeURIComponent(scope)}` : null;
  const { state, reload } = useApi<CaseList>(url);
  const [opening, setOpening] = useState(false);
  return (
    <section className="case-box" aria-label={S.caseOfGap[lang.lang]} data-testid="gap-case">
      <h4>{S.caseOfGap[lang.lang]}</h4>
      <Loaded state={state} reload={reload}>
        {(list) =>
          list.items.length > 0 ? (
            <>
              <CaseSummaryList cases={list.items} />
              <Link to={lang.href('/cases')}>{S.seeList[lang.lang]}</Link>
            </>
          ) : (
            <p className="button-row">
              <span className="muted">{S.noCase[lang.lang]}</span>
              {can.edit && (
                <button type="button" onClick={() => setOpening(true)} data-testid="gap-case-open">
                  {S.openCase[lang.lang]}
                </button>
              )}
            </p>
          )
        }
      </Loaded>
      {opening && (
        <CaseDialog
          mode="open"
          gapId={gap.id}
          gapTitle={`${titles(gap.ruleId)} · ${lang.name(gap.subject)}`}
          regionId={regionId}
          onClose={() => setOpening(false)}
          onDone={() => setOpening(false)}
        />
      )}
    </section>
  );
}
