// The region switcher in the header: the province above the home city, the city and its counties. The
// choice goes into the URL (?region=), which every scoped view reads; a native select, so keyboard
// and phone use come with it.
import { useId } from 'react';
import { useLang } from '../i18n/lang';
import { useRegionScope, type ScopeChoice, type ScopeLevel } from '../state/regionScope';

const GROUPS: { level: ScopeLevel; key: 'scopeProvince' | 'scopeCity' | 'scopeCounties' }[] = [
  { level: 'province', key: 'scopeProvince' },
  { level: 'city', key: 'scopeCity' },
  { level: 'county', key: 'scopeCounties' },
];

export function RegionSwitch() {
  const lang = useLang();
  const { t } = lang;
  const id = useId();
  const { regionId, choices, setRegion } = useRegionScope();
  const list: ScopeChoice[] = choices?.choices ?? [];
  const value = regionId ?? choices?.homeId ?? '';
  // A region from a shared link that is not in the list is still shown as chosen, by its id.
  const other = regionId !== null && choices !== null && !list.some((c) => c.id === regionId);
  return (
    <div className="region-switch" title={t('scopeRegionHint')}>
      <label htmlFor={id}>{t('scopeRegion')}</label>
      <select
        id={id}
        value={value}
        disabled={choices === null}
        onChange={(event) => setRegion(event.target.value)}
        aria-describedby={`${id}-hint`}
        data-testid="region-switch"
      >
        {choices === null && <option value={value}>…</option>}
        {GROUPS.map(({ level, key }) => {
          const items = list.filter((c) => c.level === level);
          if (items.length === 0) return null;
          return (
            <optgroup key={level} label={t(key)}>
              {items.map((c) => (
                <option key={c.id} value={c.id}>
                  {lang.name(c)}
                </option>
              ))}
            </optgroup>
          );
        })}
        {other && (
          <optgroup label={t('scopeOther')}>
            <option value={regionId}>{regionId}</option>
          </optgroup>
        )}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('scopeRegionHint')}
      </span>
    </div>
  );
}
