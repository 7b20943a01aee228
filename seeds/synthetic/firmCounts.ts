// How many local firms each city has in each ordinary industry: the city's share of the province by its
// weight (cities.ts), then within the city mostly its key industries, each with a weight of the city's
// own, and a few firms in other industries: none in some, one or two in some (below the comparison's
// size floor of three), a handful to hundreds in others. So the cities' location quotients differ, and
// an industry key in few cities is specialised (LQ ≥ 2) where it is key. Counts are whole numbers by
// largest remainder, so they add up exactly.
import type { CityInfo, IndustryInfo, World } from './world';

/** Every ordinary industry's lead city has at least this many of its firms (its lead firm, alliance, fund). */
const LEAD_CITY_MIN_FIRMS = 3;

export function planFirmCounts(world: World, local: number): Map<CityInfo, Map<IndustryInfo, number>> {
  const { rng, cities } = world;
  const ordinary = world.industries.filter((i) => i.showcase === null);
  const perCity = apportion(local, cities.map((c) => c.firmWeight));
  const plan = new Map<CityInfo, Map<IndustryInfo, number>>();
  cities.forEach((city, c) => {
    const key = new Set(city.industries);
    const fixed = new Map<IndustryInfo, number>();
    const weights = ordinary.map((industry) => {
      if (key.has(industry)) return 1 + 4 * rng.next();
      const draw = rng.next();
      if (draw < 0.4) return 0;
      if (draw >= 0.6) return 0.05 + 0.35 * rng.next();
      fixed.set(industry, rng.between(1, 2));
      return 0;
    });
    const cityTotal = perCity[c] ?? 0;
    const fixedTotal = [...fixed.values()].reduce((a, b) => a + b, 0);
    // A city too small for its one-or-two-firm industries gets its firms by weight only.
    if (fixedTotal > cityTotal) fixed.clear();
    const shares = apportion(cityTotal - (fixed.size > 0 ? fixedTotal : 0), weights);
    plan.set(city, new Map(ordinary.map((industry, n) => [industry, (shares[n] ?? 0) + (fixed.get(industry) ?? 0)])));
  });
  for (const industry of ordinary) {
    const lead = industry.keyCities[0];
    const counts = lead ? plan.get(lead) : undefined;
    if (!counts) continue;
    while ((counts.get(industry) ?? 0) < LEAD_CITY_MIN_FIRMS) {
      const [largest] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      if (!largest || largest[0] === industry || largest[1] <= LEAD_CITY_MIN_FIRMS) break;
      counts.set(largest[0], largest[1] - 1);
      counts.set(industry, (counts.get(industry) ?? 0) + 1);
    }
  }
  return plan;
}

/** `total` split in proportion to `weights`, in whole numbers that add up to it (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, n) => ({ n, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.n - b.n);
  for (const { n } of byRemainder) {
    if (left <= 0) break;
    whole[n] = (whole[n] ?? 0) + 1;
    left--;
  }
  return whole;
}
