// The gap engine's configuration (server/gaps/gaps.config.json) and the rules response that reports it.
import { z } from 'zod';
import { SourceKind } from './common';
import { CompareSettings } from './compare';
import { GapRuleId, GapRuleInfo, Severity } from './gaps';
import { INDUSTRY_TIERS } from './nodes';
import type { ENTERPRISE_TAGS } from './profiles';

/** Enterprise tags scored as recognitions; the other two (上市公司, 高新技术企业) are scored as listed and high-tech. */
export const RECOGNITION_TAGS = [
  '专精特新中小企业',
  '专精特新"小巨人"',
  '制造业单项冠军',
  '瞪羚企业',
  '独角兽',
] as const satisfies readonly (typeof ENTERPRISE_TAGS)[number][];

export const SCORE_PART_KEYS = [
  'plan',
  'leadFirm',
  'innovationCentre',
  'alliance',
  'fund',
  'platforms',
  'chainCoverage',
  'chainStrength',
  'innovation',
  'partner',
] as const;
export const ScorePartKey = z.enum(SCORE_PART_KEYS);
export type ScorePartKey = z.infer<typeof ScorePartKey>;

/** Weights and thresholds of the gap engine (server/gaps/gaps.config.json), reported by the API. */
export const GapConfig = z
  .object({
    $comment: z.string().optional(),
    /** Region id of the home city: "local" means located in it or in a region PART_OF it. */
    cityId: z.string().min(1),
    /** Partner regions across the river; their parts count too. */
    partnerRegionIds: z.array(z.string().min(1)).min(1),
    /** Year at which region validity (validFrom/validTo) is judged; null = the current year. */
    asOfYear: z.number().int().min(1949).max(2100).nullable(),
    /** Region kinds that count as a county-level unit for the coverage rules. */
    countyKinds: z.array(z.enum(['county', 'county-level-city', 'district'])).min(1),
    sixOnes: z
      .object({
        /** Industry tiers subject to 六个一 (and to every industry rule). */
        tiers: z.array(z.enum(INDUSTRY_TIERS)).min(1),
        /** Subsectors are never rows: 'roll-up' counts their holders for the parent, 'exclude' ignores them. */
        subsectors: z.enum(['roll-up', 'exclude']),
        /** "A set" of public technology service platforms: at least this many. */
        minPlatforms: z.number().int().min(1),
        /** …and every chain link covered by a platform or an institute. */
        requireEveryLinkCovered: z.boolean(),
      })
      .strict(),
    chain: z
      .object({
        /** A link served by fewer firms than this (local and outside together) is at risk of breaking. */
        minFirms: z.number().int().min(1),
      })
      .strict(),
    innovation: z
      .object({
        /** Labels whose local nodes count as working on a technology field when they RESEARCH it. */
        researcherLabels: z.array(z.enum(['Institute', 'Platform', 'InnovationCentre'])).min(1),
      })
      .strict(),
    parks: z.object({ maxSpecialities: z.number().int().min(1) }).strict(),
    targets: z
      .object({
        /** '~' targets count as met within this relative distance (0.1 = ±10%). */
        approxTolerance: z.number().min(0).max(1),
      })
      .strict(),
    /**
     * Candidates named on gaps (Gap.suggestions), ranked by the sum of the points below, each shown as a
     * reason (SuggestionReason). README "Recommendations" documents the score.
     */
    suggestions: z
      .object({
        /** Candidates listed per gap. */
        max: z.number().int().min(0).max(50),
        points: z
          .object({
            /** Technology fields: researches the field the gap is about. */
            researchesField: z.number().min(0),
            /** Already PARTNERS_WITH the scope (the region, a local organisation or an industry). */
            partnersWithCity: z.number().min(0),
            /** A technology-transfer platform researching the field (never offered for a field it does not research). */
            transferPlatform: z.number().min(0),
            perOtherNeededField: z.number().min(0),
            perLinkNeeding: z.number().min(0),
            /** Chain links: an outside enterprise covering the gap's link. */
            coversLink: z.number().min(0),
            /** Chain links (弱链 only): an outside platform, institute or innovation centre covering the link. */
            supportsLink: z.number().min(0),
            /**
             * Evidence strength, by the COVERS relationship's sourceKind: how the coverage is known (a
             * document or public source above domain inference). Every source kind needs a value.
             */
            evidence: z.record(SourceKind, z.number().min(0)),
            /** Per recognition the firm holds (专精特新, 单项冠军…); 上市公司 and 高新技术企业 count as `listed` and `highTech`. */
            tags: z.record(z.enum(RECOGNITION_TAGS), z.number().min(0)),
            /** A listed company (listingExchange, or the tag 上市公司). */
            listed: z.number().min(0),
            /** A high-tech enterprise (highTech, or the tag 高新技术企业). */
            highTech: z.number().min(0),
            /** Lies in a partner region (Shanghai, 苏南): these rank before candidates from anywhere else. */
            partnerRegion: z.number().min(0),
            /** Sits in a park co-built with the scope (CO_BUILT_WITH). */
            coBuiltPark: z.number().min(0),
            /**
             * Times the relatedness (0..1, the product-space density the 延链 page uses) of the gap's
             * industry to the scope's strengths, for chain-link candidates. Not judged (adds nothing) when
             * fewer than five regions of the scope's kind can specialise; 0 skips reading it.
             */
            relatedness: z.number().min(0),
          })
          .strict(),
      })
      .strict(),
    summary: z.object({ topGaps: z.number().int().min(0).max(100) }).strict(),
    /** Severity per rule, overriding the rule's default. */
    severities: z.partialRecord(GapRuleId, Severity),
    /** Points per score part; the total is scaled to 0..100 whatever they add up to. */
    scoreWeights: z.record(ScorePartKey, z.number().min(0)),
    /**
     * Thresholds of GET /api/compare (documented field by field on CompareConfigSchema and CompareSettings
     * in ./compare.ts): minCount (size floor below which a cell is "too small to rate"), specialisationLq
     * (LQ for the specialisation star), sizeTopShare and sizePool (size star: top share of cells, per
     * industry or pooled), focusTopShare (focus star), presenceLq (LQ at which a region "has" an industry,
     * for relatedness), growthYears (years the growth figure spans). Absent: every default.
     */
    compare: CompareSettings.optional(),
  })
  .strict();
export type GapConfig = z.infer<typeof GapConfig>;

/** GET /api/gaps/rules: every rule with the severity in force, and the configuration used. */
export const GapRulesResponse = z.object({
  rules: z.array(GapRuleInfo),
  config: GapConfig,
  /** Where the configuration was read from. */
  configSource: z.string(),
  asOfYear: z.number().int(),
});
export type GapRulesResponse = z.infer<typeof GapRulesResponse>;
