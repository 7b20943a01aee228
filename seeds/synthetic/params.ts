// What the synthetic province generator builds: one object of parameters with a comment per field,
// and named sizes. The same parameters and seed always give the same graph.
import { z } from 'zod';

/** Share of candidates that get a deliberate gap; at least one of each whenever there are candidates. */
const Rate = z.number().min(0).max(1);

export const GapRates = z
  .object({
    /** Industries lacking each of the five single 六个一 slots (plan, lead firm, centre, alliance, fund), chosen per slot. */
    sixOnesSlot: Rate,
    /** Industries with a single public technology service platform (a set needs two). */
    tooFewPlatforms: Rate,
    /** Chain links with no firm at all (缺链, uncovered by any platform or institute). */
    linkEmpty: Rate,
    /** Chain links covered only by firms outside the province (缺链 and 断链). */
    linkOutsideOnly: Rate,
    /** Chain links covered by one local firm only (断链 risk). */
    linkSingleFirm: Rate,
    /** Chain links with local firms but no platform, institute or centre (弱链). */
    linkWeak: Rate,
    /** Technology fields no organisation in the province researches (only partner regions do). */
    uncoveredField: Rate,
    /** Industries with no cross-river partner at all. */
    noPartner: Rate,
    /** Valid counties without a park co-built with a partner region. */
    countyNoCoBuilt: Rate,
    /** Valid counties without a provincial or national high-tech zone. */
    countyNoHighTech: Rate,
    /** Parks with no speciality, and (separately) parks with two. */
    parkNoSpeciality: Rate,
    parkTwoSpecialities: Rate,
    /** Targets whose flat series misses them (off track), and targets whose indicator has no measurement. */
    targetBehind: Rate,
    targetNoData: Rate,
  })
  .strict();
export type GapRates = z.infer<typeof GapRates>;

export const SyntheticParams = z
  .object({
    /** Seed of the pseudo-random generator. */
    seed: z.number().int().min(0).max(2 ** 32 - 1),
    /** Cities (kind city) PART_OF the province. */
    cities: z.number().int().min(1).max(99),
    /** Valid counties, districts and county-level cities PART_OF each city. */
    countiesPerCity: z.number().int().min(1).max(99),
    /** Counties per city merged away before asOfYear (validTo in the past): the coverage rules must skip them. */
    mergedCountiesPerCity: z.number().int().min(0).max(9),
    /**
     * Industries of the province, one set shared by every city (all in analysed tiers), each KEY_INDUSTRY_OF
     * at least one city, so one industry can be compared across cities.
     */
    industries: z.number().int().min(2).max(200),
    /**
     * Key industries per city (KEY_INDUSTRY_OF), about: drawn with a skew so that some industries are key in
     * most cities and some in one; an industry key nowhere joins the city with the fewest.
     */
    keyIndustriesPerCity: z.number().int().min(2).max(200),
    /** Chain links per industry, upstream to downstream, joined by FEEDS. */
    linksPerIndustry: z.number().int().min(2).max(30),
    /**
     * Enterprises in all, local and outside. Local firms go to cities by their weight (cities.ts), and within a
     * city to its key industries mostly, a few to others (some only one or two firms, below the comparison's
     * size floor, some none), with weights of its own: each city's location quotients differ.
     */
    firms: z.number().int().min(10),
    /** Share of firms located outside the province (neither local nor in a partner region). */
    outsideFirmShare: z.number().min(0).max(0.5),
    /** Average chain links a local firm covers (COVERS), which sets most of the relationship count. */
    coversPerFirm: z.number().min(1).max(8),
    /** Research institutes and universities in the province. */
    institutes: z.number().int().min(1),
    /** Platforms in the province besides each industry's public technology service platforms. */
    platforms: z.number().int().min(0),
    /** Institutes and platforms in the two partner regions (candidates for technology gaps). */
    partners: z.number().int().min(2),
    /** Technology fields (TechField). */
    techFields: z.number().int().min(4),
    /** Ordinary parks per valid county besides its high-tech zone and co-built park. */
    parksPerCounty: z.number().int().min(0).max(20),
    /** Indicators, each with targets for two years. */
    indicators: z.number().int().min(1).max(500),
    /**
     * The province's first industries (key in the first city only) made to a given size, as elements of their chain view with every link
     * expanded (nodes plus edges, approximately): the bench renders these in Chromium.
     */
    showcaseElements: z.array(z.number().int().min(50).max(20_000)).max(5),
    /** Year the gap engine judges region validity at (written into the generated gap configuration). */
    asOfYear: z.number().int().min(2000).max(2100),
    gapRates: GapRates,
  })
  .strict();
export type SyntheticParams = z.infer<typeof SyntheticParams>;

const DEFAULT_RATES: GapRates = {
  sixOnesSlot: 0.08,
  tooFewPlatforms: 0.06,
  linkEmpty: 0.01,
  linkOutsideOnly: 0.01,
  linkSingleFirm: 0.01,
  linkWeak: 0.02,
  uncoveredField: 0.05,
  noPartner: 0.1,
  countyNoCoBuilt: 0.2,
  countyNoHighTech: 0.15,
  parkNoSpeciality: 0.05,
  parkTwoSpecialities: 0.05,
  targetBehind: 0.3,
  targetNoData: 0.2,
};

/** The default: 13 cities sharing 40 industries (ten key ones each), about 200,000 firms and 1,000,000 relationships. */
export const PROVINCE: SyntheticParams = {
  seed: 20180101,
  cities: 13,
  countiesPerCity: 8,
  mergedCountiesPerCity: 1,
  industries: 40,
  keyIndustriesPerCity: 10,
  linksPerIndustry: 8,
  firms: 200_000,
  outsideFirmShare: 0.02,
  coversPerFirm: 3.8,
  institutes: 2_600,
  platforms: 2_600,
  partners: 400,
  techFields: 120,
  parksPerCounty: 2,
  indicators: 20,
  showcaseElements: [2_000, 5_000],
  asOfYear: 2025,
  gapRates: DEFAULT_RATES,
};

/** One city of the province, for a size between the two: its forty industries all key. */
export const CITY: SyntheticParams = {
  ...PROVINCE,
  cities: 1,
  keyIndustriesPerCity: 40,
  firms: 15_000,
  institutes: 200,
  platforms: 200,
  partners: 60,
};

/** The CI size: every rule planted at least once, every bench step run, in seconds. */
export const TINY: SyntheticParams = {
  ...PROVINCE,
  cities: 3,
  countiesPerCity: 3,
  industries: 8,
  keyIndustriesPerCity: 4,
  linksPerIndustry: 5,
  firms: 800,
  coversPerFirm: 2,
  institutes: 30,
  platforms: 20,
  partners: 12,
  techFields: 20,
  parksPerCounty: 1,
  indicators: 4,
  showcaseElements: [150, 300],
};

export const SIZES = { tiny: TINY, city: CITY, province: PROVINCE } as const;
export type SizeName = keyof typeof SIZES;
export const SizeNameSchema = z.enum(Object.keys(SIZES) as [SizeName, ...SizeName[]]);

/** Ids of the fixed regions every synthetic province has. */
export const SYNTHETIC_IDS = {
  province: 'syn-province',
  partnerRegions: ['syn-partner-east', 'syn-partner-south'],
  outside: 'syn-outside',
} as const;

/** Provenance written on every synthetic node and relationship. */
export const SYNTHETIC_PROVENANCE = {
  sourceKind: 'illustrative',
  sourceRef: 'synthetic province generator (seeds/synthetic)',
} as const;
