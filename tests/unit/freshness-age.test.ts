// The age arithmetic of freshness (graph/model/freshnessAge.ts) on dates worked out by hand.
import { describe, expect, it } from 'vitest';
import { addMonths, factAge, isStale, isoDay, overdueDays, partialDateEnd, wholeMonths } from '../../graph/model/freshnessAge';
import { thresholdMonths } from '../../graph/model/freshness';
import { parseFreshnessConfig, FreshnessConfigError } from '../../server/freshness/config';

const day = (text: string): Date => new Date(`${text}T00:00:00Z`);

describe('freshness ages', () => {
  it('counts a partial date from the last day it covers', () => {
    expect(isoDay(partialDateEnd('2023') as Date)).toBe('2023-12-31');
    expect(isoDay(partialDateEnd('2024-02') as Date)).toBe('2024-02-29');
    expect(isoDay(partialDateEnd('2023-02') as Date)).toBe('2023-02-28');
    expect(isoDay(partialDateEnd('2023-08-15') as Date)).toBe('2023-08-15');
    expect(partialDateEnd('2023-02-30')).toBeNull();
    expect(partialDateEnd('soon')).toBeNull();
  });

  it('adds months inside the month and counts whole months', () => {
    expect(isoDay(addMonths(day('2024-08-31'), 6))).toBe('2025-02-28');
    expect(isoDay(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(wholeMonths(day('2024-08-31'), day('2025-02-28'))).toBe(6);
    expect(wholeMonths(day('2024-08-31'), day('2025-02-27'))).toBe(5);
    expect(wholeMonths(day('2025-01-15'), day('2024-01-15'))).toBe(0);
  });

  it('is stale only after the threshold, and takes the later of observedAt and the last change', () => {
    const now = day('2026-12-06');
    const exact = factAge('2025-06-06', now);
    expect(exact && [exact.months, exact.days, isStale(exact, 18, now), overdueDays(exact, 18, now)]).toEqual([18, 548, false, 0]);
    const year = factAge('2025', now);
    expect(year && [isoDay(year.since), year.months, isStale(year, 6, now)]).toEqual(['2025-12-31', 11, true]);
    const changed = factAge('2020', now, new Date('2026-03-10T15:00:00Z'));
    expect(changed && [isoDay(changed.since), changed.months]).toEqual(['2026-03-10', 8]);
    const earlierChange = factAge('2026-05', now, day('2026-01-01'));
    expect(earlierChange && isoDay(earlierChange.since)).toBe('2026-05-31');
    expect(factAge(undefined, now)).toBeNull();
    expect(factAge('not a date', now)).toBeNull();
    const onlyChanged = factAge(null, now, day('2026-11-06'));
    expect(onlyChanged?.months).toBe(1);
    const future = factAge('2027', now);
    expect(future && [future.days, future.months, isStale(future, 1, now)]).toEqual([0, 0, false]);
  });

  it('reads thresholds per label and type, the default otherwise, and refuses an unknown label', () => {
    const config = parseFreshnessConfig({ defaultMonths: 30, labels: { Enterprise: 18 }, relationships: { COVERS: 12 } });
    expect([thresholdMonths(config, 'node', 'Enterprise'), thresholdMonths(config, 'node', 'Park')]).toEqual([18, 30]);
    expect([thresholdMonths(config, 'relationship', 'COVERS'), thresholdMonths(config, 'relationship', 'LEADS')]).toEqual([12, 30]);
    expect(() => parseFreshnessConfig({ defaultMonths: 30, labels: { Firm: 18 } })).toThrow(FreshnessConfigError);
    expect(() => parseFreshnessConfig({ defaultMonths: 30, relationships: { COVERS: 0 } })).toThrow(/relationships\.COVERS/);
  });
});
