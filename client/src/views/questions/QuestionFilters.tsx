// Filters above a question table: industry, severity and gap rule, offered only when the rows carry
// them (or the URL names one), and kept in the URL.
import { useId } from 'react';
import type { QuestionFacets } from '../../../../graph/model';
import { QUESTION_STRINGS as S } from '../../i18n/questionStrings';
import { useLang } from '../../i18n/lang';
import { useRuleTitles } from '../../state/rules';
import { FILTER_KEYS, type FilterKey, type QuestionView } from './questionView';

interface Option {
  value: string;
  text: string;
}

export function QuestionFilters({
  facets,
  view,
  update,
}: {
  facets: QuestionFacets;
  view: QuestionView;
  update: (patch: Partial<QuestionView>) => void;
}) {
  const lang = useLang();
  const ruleTitle = useRuleTitles();
  const ids = useId();
  const options: Record<FilterKey, Option[]> = {
    industry: facets.industries.map((i) => ({ value: i.id, text: lang.name(i) })),
    severity: facets.severities.map((s) => ({ value: s, text: lang.severityName(s) })),
    rule: facets.rules.map((r) => ({ value: r, text: ruleTitle(r) })),
  };
  const shown = FILTER_KEYS.filter((key) => options[key].length > 0 || view[key]);
  if (shown.length === 0) return null;
  const anySet = FILTER_KEYS.some((key) => view[key]);
  return (
    <form className="filter-bar question-filters" role="search" aria-label={lang.pick(S.filters.zh, S.filters.en)} onSubmit={(e) => e.preventDefault()}>
      {shown.map((key) => {
        const value = view[key] ?? '';
        const known = options[key].some((o) => o.value === value);
        return (
          <div className="form-field" key={key}>
            <label htmlFor={`${ids}-${key}`}>{lang.pick(S[key].zh, S[key].en)}</label>
            <select id={`${ids}-${key}`} value={value} onChange={(event) => update({ [key]: event.target.value || null })} data-testid={`filter-${key}`}>
              <option value="">{lang.pick(S.any.zh, S.any.en)}</option>
              {options[key].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.text}
                </option>
              ))}
              {/* A bookmarked value the rows no longer have stays visible, so it can be cleared. */}
              {value && !known && <option value={value}>{value}</option>}
            </select>
          </div>
        );
      })}
      {anySet && (
        <div className="button-row filter-actions">
          <button type="button" onClick={() => update({ industry: null, severity: null, rule: null })} data-testid="filter-clear">
            {lang.pick(S.clear.zh, S.clear.en)}
          </button>
        </div>
      )}
    </form>
  );
}
