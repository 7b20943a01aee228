// Beneath the table: what e counts, the rules of LQ and stars with their thresholds, and the peer regions
// each level's LQ is computed over.
import type { CompareResponse } from '../../../../graph/model/compare';
import { useLang } from '../../i18n/lang';
import { useRegionText } from '../regions/regionText';
import { useCompareText } from './compareText';
import type { KnownRegions } from './knownRegions';

export function CompareNotes({ data, known }: { data: CompareResponse; known: KnownRegions }) {
  const lang = useLang();
  const s = useCompareText();
  const { kindName } = useRegionText();
  const t = data.thresholds;
  const name = (id: string) => {
    const region = known.byId.get(id) ?? data.regions.find((row) => row.region.id === id)?.region;
    return region ? lang.name(region) : id;
  };
  return (
    <div className="compare-notes muted" data-testid="compare-notes">
      <p>{lang.pick(data.measureNote.zh, data.measureNote.en)}</p>
      <p>{s('rules', { min: t.minCount, lq: t.specialisationLq, size: Math.round(t.sizeTopShare * 100), focus: Math.round(t.focusTopShare * 100) })}</p>
      {data.reference.length > 0 && (
        <p>
          {s('reference')}:{' '}
          {data.reference.map((ref, index) => (
            <span key={ref.level}>
              {index > 0 && '; '}
              {s('referenceLine', { level: kindName(ref.level) ?? ref.level, names: ref.regionIds.map(name).join(lang.pick('、', ', ')) })}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
