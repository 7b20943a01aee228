// Which cities name each industry a key industry (KEY_INDUSTRY_OF). Real provinces look like this:
// a few industries nearly every city names (equipment, new materials), a long tail one or two cities
// name. So each industry gets a popularity falling with a random rank, each city draws its key
// industries by popularity, and an industry no city drew joins the city with the fewest. The showcase
// industries are the first city's only.
import type { Random } from './random';
import type { CityInfo, IndustryInfo, World } from './world';

/** Popularity of the industry of rank r (0-based) is 1 / (r + 1)^POPULARITY_SKEW. */
const POPULARITY_SKEW = 1;

export function chooseKeyIndustries(world: World): void {
  const { rng, params, cities, industries } = world;
  const showcase = industries.filter((i) => i.showcase !== null);
  const ordinary = industries.filter((i) => i.showcase === null);
  const popularity = new Map(rng.shuffled(ordinary).map((industry, rank) => [industry, 1 / (rank + 1) ** POPULARITY_SKEW]));
  const join = (city: CityInfo, industry: IndustryInfo): void => {
    city.industries.push(industry);
    industry.keyCities.push(city);
  };
  for (const city of cities) {
    const own = city.index === 1 ? showcase : [];
    for (const industry of own) join(city, industry);
    const wanted = Math.max(0, params.keyIndustriesPerCity - own.length);
    for (const industry of weightedSample(rng, ordinary, (i) => popularity.get(i) ?? 0, wanted)) join(city, industry);
  }
  for (const industry of ordinary) {
    if (industry.keyCities.length > 0) continue;
    const fewest = cities.reduce((a, b) => (b.industries.length < a.industries.length ? b : a));
    join(fewest, industry);
  }
  // The lead city (first) holds an industry's 六个一 for sure and its first firms.
  for (const industry of ordinary) {
    const lead = rng.pick(industry.keyCities);
    industry.keyCities = [lead, ...industry.keyCities.filter((c) => c !== lead)];
  }
  const order = new Map(industries.map((industry, n) => [industry, n]));
  for (const city of cities) city.industries.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** k distinct items drawn one by one with probability proportional to their weight. */
function weightedSample<T>(rng: Random, items: readonly T[], weight: (item: T) => number, k: number): T[] {
  const pool = [...items];
  const drawn: T[] = [];
  while (drawn.length < k && pool.length > 0) {
    const total = pool.reduce((sum, item) => sum + weight(item), 0);
    if (total <= 0) break;
    let x = rng.next() * total;
    let index = pool.findIndex((item) => (x -= weight(item)) < 0);
    if (index < 0) index = pool.length - 1;
    drawn.push(...pool.splice(index, 1));
  }
  return drawn;
}
