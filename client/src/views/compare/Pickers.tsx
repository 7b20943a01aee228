// What to compare: regions (chips with a remove button each, and a list to add one, grouped by kind)
// and one industry. Native controls, so the keyboard, screen readers and phones work as everywhere.
import { useRef } from 'react';
import { REGION_KINDS, type EntityDto } from '../../../../graph/model';
import { MAX_COMPARED_REGIONS } from '../../../../graph/model/compare';
import { useLang } from '../../i18n/lang';
import { useRegionText } from '../regions/regionText';
import { useCompareText } from './compareText';

interface Props {
  regions: readonly EntityDto[];
  industries: readonly EntityDto[];
  chosen: readonly string[];
  industry: string | null;
  onRegions: (ids: string[]) => void;
  onIndustry: (id: string | null) => void;
}

/** A region abolished or merged (validTo set) is offered no more; one already chosen stays a chip. */
const current = (region: EntityDto) => region.properties.validTo === undefined || region.properties.validTo === null;

export function Pickers({ regions, industries, chosen, industry, onRegions, onIndustry }: Props) {
  const lang = useLang();
  const s = useCompareText();
  const { kindName } = useRegionText();
  const addList = useRef<HTMLSelectElement>(null);
  const byId = new Map(regions.map((r) => [r.id, r]));
  const full = chosen.length >= MAX_COMPARED_REGIONS;
  const offered = regions.filter((r) => current(r) && !chosen.includes(r.id));
  const groups = REGION_KINDS.map((kind) => ({ kind, items: offered.filter((r) => r.properties.kind === kind) })).filter((g) => g.items.length > 0);
  const remove = (id: string) => {
    onRegions(chosen.filter((c) => c !== id));
    addList.current?.focus();
  };
  const nameOf = (id: string) => {
    const region = byId.get(id);
    return region ? lang.name(region) : id;
  };

  return (
    <div className="compare-pickers card" role="group" aria-label={s('pickers')}>
      <fieldset className="compare-regions">
        <legend>{s('regions')}</legend>
        {chosen.length > 0 && (
          <ul className="compare-chips" data-testid="compare-chips">
            {chosen.map((id) => (
              <li key={id} className="compare-chip">
                <span>{nameOf(id)}</span>
                <button type="button" aria-label={s('removeRegion', { name: nameOf(id) })} onClick={() => remove(id)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label className="compare-add">
          <span>{s('addRegion')}</span>
          <select
            ref={addList}
            value=""
            disabled={full}
            onChange={(event) => event.target.value && onRegions([...chosen, event.target.value])}
            data-testid="compare-add-region"
          >
            <option value="">{s('addRegionPrompt')}</option>
            {groups.map((group) => (
              <optgroup key={group.kind} label={kindName(group.kind) ?? group.kind}>
                {group.items.map((region) => (
                  <option key={region.id} value={region.id}>
                    {lang.name(region)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {full && <p className="muted">{s('tooMany', { max: MAX_COMPARED_REGIONS })}</p>}
      </fieldset>
      <label className="compare-industry">
        <span>{s('industry')}</span>
        <select value={industry ?? ''} onChange={(event) => onIndustry(event.target.value || null)} data-testid="compare-industry">
          <option value="">{s('industryPrompt')}</option>
          {industry !== null && !industries.some((i) => i.id === industry) && <option value={industry}>{industry}</option>}
          {industries.map((item) => (
            <option key={item.id} value={item.id}>
              {lang.name(item)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
