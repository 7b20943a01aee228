// The target status rule on hand-made series: least squares over the yearly measurements up to the
// target year, projected to it (server/gaps/rules/targetTrend.ts; TARGET_STATUS_RULE states it).
import { describe, expect, it } from 'vitest';
import { judgeTarget, leastSquares, yearlySeries, type TargetGoal } from '../../server/gaps/rules/targetTrend';

const points = (pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value, illustrative: false }));
const goal = (value: number, comparator: TargetGoal['comparator'] = '>=', year = 2018): TargetGoal => ({ year, value, comparator, unit: '%' });
const TOLERANCE = 0.1;

describe('least squares', () => {
  it('fits the line a reader computes by hand', () => {
    // years 2014–2016, values 1, 3, 2: mean year 2015, mean 2, Σdx² = 2, Σdx·dy = 1 → slope 0.5.
    const { slope, intercept } = leastSquares(points([[2014, 1], [2015, 3], [2016, 2]]));
    expect(slope).toBeCloseTo(0.5, 12);
    expect(intercept + slope * 2018).toBeCloseTo(3.5, 9);
  });

  it('is flat through a single year', () => {
    expect(leastSquares(points([[2016, 3]]))).toEqual({ slope: 0, intercept: 3 });
  });

  it('averages several measurements of one year, oldest year first', () => {
    expect(yearlySeries(points([[2017, 5], [2016, 1], [2016, 3]]))).toEqual(points([[2016, 2], [2017, 5]]));
  });
});

describe('status by trend', () => {
  it('has no data without a measurement up to the target year', () => {
    expect(judgeTarget([], goal(4), TOLERANCE, true)).toMatchObject({ status: 'no-data', latest: null, trend: null });
    expect(judgeTarget(points([[2019, 9]]), goal(4), TOLERANCE, true).status).toBe('no-data');
  });

  it('is on track when the projection meets the target, off track when it does not', () => {
    const on = judgeTarget(points([[2015, 1], [2016, 2]]), goal(4), TOLERANCE, true);
    expect(on.status).toBe('on-track');
    expect(on.trend).toMatchObject({ points: 2, fromYear: 2015, toYear: 2016, direction: 'improving' });
    expect(on.trend?.projected).toBeCloseTo(4, 9);
    expect(judgeTarget(points([[2015, 1], [2016, 1.5]]), goal(4), TOLERANCE, true).status).toBe('off-track');
    expect(judgeTarget(points([[2014, 1], [2015, 3], [2016, 2]]), goal(3.5), TOLERANCE, true).status).toBe('on-track');
    expect(judgeTarget(points([[2014, 1], [2015, 3], [2016, 2]]), goal(3.6), TOLERANCE, true).status).toBe('off-track');
  });

  it('is met once the latest value meets the target, even before the target year', () => {
    const met = judgeTarget(points([[2015, 1], [2016, 5]]), goal(4), TOLERANCE, true);
    expect(met.status).toBe('met');
    expect(met.latest).toEqual({ year: 2016, value: 5, illustrative: false });
  });

  it('with one measurement assumes the value stays', () => {
    const one = judgeTarget(points([[2016, 3]]), goal(4), TOLERANCE, true);
    expect(one).toMatchObject({ status: 'off-track', trend: { slope: 0, projected: 3, points: 1, direction: 'flat' } });
    expect(judgeTarget(points([[2016, 3]]), goal(3), TOLERANCE, true).status).toBe('met');
  });

  it('is off track when the target year itself is measured and misses, whatever the trend', () => {
    expect(judgeTarget(points([[2016, 1], [2017, 2.5], [2018, 3]]), goal(4), TOLERANCE, true).status).toBe('off-track');
  });

  it('ignores measurements after the target year (the chart still shows them)', () => {
    const judged = judgeTarget(points([[2016, 1], [2017, 2], [2019, 10]]), goal(3), TOLERANCE, true);
    expect(judged.status).toBe('on-track');
    expect(judged.latest?.year).toBe(2017);
  });

  it("judges an 'about' target within the tolerance both ways: overshooting is off track", () => {
    expect(judgeTarget(points([[2015, 6], [2016, 8]]), goal(10, '~'), TOLERANCE, true).status).toBe('off-track');
    expect(judgeTarget(points([[2015, 8], [2016, 8.5]]), goal(10, '~'), TOLERANCE, true).status).toBe('on-track');
    expect(judgeTarget(points([[2016, 9.5]]), goal(10, '~'), TOLERANCE, true).status).toBe('met');
    expect(judgeTarget(points([[2015, 8], [2016, 8.5]]), goal(10, '~'), 0, true).status).toBe('off-track');
  });

  it('lets the comparator decide for a lower-is-better indicator; higherIsBetter only names the direction', () => {
    const falling = points([[2015, 10], [2016, 8]]);
    const lower = judgeTarget(falling, goal(5, '<='), TOLERANCE, false);
    expect(lower.status).toBe('on-track');
    expect(lower.trend?.direction).toBe('improving');
    const same = judgeTarget(falling, goal(5, '<='), TOLERANCE, true);
    expect(same.status).toBe('on-track');
    expect(same.trend?.direction).toBe('worsening');
    expect(judgeTarget(falling, goal(3, '<'), TOLERANCE, false).status).toBe('off-track');
  });

  it('treats a strict comparator strictly at the projection', () => {
    expect(judgeTarget(points([[2015, 1], [2016, 2]]), goal(4, '>'), TOLERANCE, true).status).toBe('off-track');
  });

  it('explains the status with its numbers in both languages', () => {
    const on = judgeTarget(points([[2015, 1], [2016, 2]]), goal(4), TOLERANCE, true);
    expect(on.reasonZh).toContain('2015–2016');
    expect(on.reasonZh).toContain('可以达到');
    expect(on.reasonEn).toContain('projects 4%');
    expect(on.reasonEn).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
