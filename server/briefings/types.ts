// What a briefing holds once assembled from the graph: plain data, no formatting. The HTML/PDF and
// Word renderers both read it through the outline (outline.ts), so the two formats say the same thing.
import type {
  CHAIN_STAGES,
  Gap,
  GapRuleInfo,
  MatrixRow,
  Severity,
  SourceKind,
  TargetCounts,
  TargetProgress,
} from '../../graph/model';

import type { BriefingLang, BriefingScope, CaseSummary } from '../../graph/model';
import type { BriefingFreshness } from '../freshness/briefingNotes';
import type { ChangesView } from '../../graph/model';
import type { BriefingMap } from './outlineMap';

export { BRIEFING_FORMATS, BRIEFING_LANGS, type BriefingFormat, type BriefingLang, type BriefingScope } from '../../graph/model';

export interface ChainLinkView {
  id: string;
  nameZh: string;
  nameEn: string;
  stage: (typeof CHAIN_STAGES)[number];
  order: number;
  illustrative: boolean;
  /** Organisations that COVER the link, by kind; localEnterprises of the enterprises lie inside the scope's region. */
  counts: { enterprises: number; localEnterprises: number; platforms: number; institutes: number };
  /** Whether any of the counted organisations is illustrative (the diagram flags the counts). */
  countsIncludeIllustrative: boolean;
}

export interface ChainView {
  industryId: string;
  links: ChainLinkView[];
  /** FEEDS between links of this industry, upstream to downstream. */
  feeds: { from: string; to: string; illustrative: boolean }[];
}

export interface IndustrySection {
  row: MatrixRow;
  chain: ChainView;
  gaps: Gap[];
}

export interface BriefingSummary {
  industries: number;
  averageScore: number;
  gapsBySeverity: Record<Severity, number>;
  /** The most severe gaps of the scope, most severe first. */
  topGaps: Gap[];
  targets: TargetCounts;
}

/** One of the leader's summary's top problems: a gap and its case (问题清单), null when none is open. */
export interface BriefingProblem {
  gap: Gap;
  case: CaseSummary | null;
}

export interface SourceCitation {
  sourceKind: SourceKind;
  sourceRef: string;
  /** The page cited (public sources), http/https only. */
  sourceUrl?: string;
  /** The latest date its facts were read or held (YYYY, YYYY-MM or YYYY-MM-DD). */
  observedAt?: string;
  /** Facts (nodes and relationships) in the scope citing it. */
  facts: number;
}

export interface DatasetInfo {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Nodes of the scope that came from it. */
  facts: number;
  illustrativeFacts: number;
}

/** The region the briefing analyses (its key industries; "local" means inside it). */
export interface BriefingRegion {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Region kind (city, county, district, province …), for "whole city" / "whole county". */
  kind: string | null;
  /** Whether it is the configured home city (file names then keep their short form). */
  home: boolean;
}

export interface Briefing {
  scope: BriefingScope;
  region: BriefingRegion;
  lang: BriefingLang;
  generatedAt: Date;
  /** The moment the briefing reads the graph as recorded at (asOf: a date or date-time), stated on the cover; null: now. */
  asOf?: string | null;
  /** Latest recorded change to the data, when the graph records one; otherwise the generation time is shown. */
  dataChangedAt: Date | null;
  /** Whether any fact shown is illustrative (made up for demonstration). */
  includesIllustrative: boolean;
  summary: BriefingSummary;
  industries: IndustrySection[];
  /** Gaps that belong to no single industry (regions, parks): city scope only. */
  cityGaps: Gap[];
  targets: TargetProgress[];
  rules: GapRuleInfo[];
  /** freshness: how many of the facts may be stale or are undated, and the oldest (server/freshness/briefingNotes.ts). */
  sources: { citations: SourceCitation[]; datasets: DatasetInfo[]; freshness?: BriefingFreshness };
  /** The tile map of the region's counties by score (outlineMap.ts): whole-region briefings only. */
  map?: BriefingMap | null;
  /** What was recorded since the `since` option, and its consequences (outlineChanges.ts). */
  changes?: ChangesView | null;
  /** Every gap of the scope (industries', the region's, targets'), most severe first: the summary reads them. */
  allGaps: Gap[];
  /** The summary's most important problems with their cases (problems.ts); empty until assembled. */
  problems: BriefingProblem[];
}
