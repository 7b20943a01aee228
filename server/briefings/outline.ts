// Lays a briefing out as a list of blocks (cover, headings, paragraphs, tables, diagrams) in the chosen
// language. The HTML and Word renderers only draw these blocks, so both formats say exactly the same.
import { SIX_ONES_SLOTS, type Gap, type GapRuleInfo, type TargetProgress } from '../../graph/model';
import { renderChainSvg, type ChainDiagram } from './chainSvg';
import {
  displayName,
  formatDateTime,
  formatNumber,
  gapStatusLabel,
  withUnit,
  ILLUSTRATIVE_MARK,
  sectionNumber,
  severityLabel,
  slotName,
  slotStatusLabel,
  sourceKindLabel,
  targetStatusLabel,
  textFor,
  tierLabel,
  type BriefingText,
} from './text';
import type { Briefing, BriefingLang, IndustrySection } from './types';

export interface Cell {
  /** Lines of the cell, in order. */
  lines: string[];
  strong?: boolean;
}

export interface Column {
  title: string;
  /** Share of the table width, in percent. */
  width: number;
}

export type Block =
  | {
      kind: 'cover';
      title: string;
      subtitle: string;
      facts: { label: string; value: string }[];
      /** Between a fact's label and value where the format needs one (Word). */
      labelSeparator: string;
      notices: { text: string; tone: 'warning' | 'info' }[];
      footnote: string;
    }
  | { kind: 'heading'; level: 1 | 2; text: string; newPage?: boolean }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'note' | 'warning' }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][] }
  | { kind: 'diagram'; diagram: ChainDiagram; caption: string; alt: string };

export interface Outline {
  lang: BriefingLang;
  title: string;
  /** Footer text with {page} and {total} placeholders. */
  footer: string;
  blocks: Block[];
}

/** How many of the most severe gaps the summary lists, and suggestions per gap. */
const LIMITS = { topGaps: 8, suggestionsPerGap: 3, otherSources: 40 } as const;

export function scopeTitle(briefing: Briefing): string {
  const lang = briefing.lang;
  const text = textFor(lang);
  if (briefing.scope.kind === 'city') return text.cityScope;
  return briefing.industries.map((s) => displayName(s.row.industry, lang)).join(text.listSeparator);
}

export function buildOutline(briefing: Briefing): Outline {
  const { lang } = briefing;
  const text = textFor(lang);
  const blocks: Block[] = [];
  let section = 0;
  const h1 = (title: string): Block => ({ kind: 'heading', level: 1, text: `${sectionNumber(++section, lang)}${title}`, newPage: true });

  blocks.push(cover(briefing, text));

  blocks.push(h1(text.overview), ...overview(briefing, text));
  for (const industry of briefing.industries) {
    blocks.push(h1(displayName(industry.row.industry, lang)), ...industryBlocks(industry, briefing, text));
  }
  if (briefing.cityGaps.length > 0) {
    blocks.push(h1(text.cityGapsHeading), { kind: 'paragraph', text: text.cityGapsIntro }, gapTable(briefing.cityGaps, briefing, text, true));
  }
  blocks.push(h1(text.targetsHeading), ...targetBlocks(briefing.targets, lang, text));
  blocks.push(h1(text.sourcesHeading), ...sourceBlocks(briefing, text));
  return { lang, title: `${text.title} · ${scopeTitle(briefing)}`, footer: text.pageFooter, blocks };
}

function cover(briefing: Briefing, text: BriefingText): Block {
  const { lang } = briefing;
  const dataAsOf = briefing.dataChangedAt
    ? formatDateTime(briefing.dataChangedAt, lang)
    : `${formatDateTime(briefing.generatedAt, lang)}${text.dataAsOfFallback}`;
  const notices: { text: string; tone: 'warning' | 'info' }[] = [];
  if (briefing.includesIllustrative) notices.push({ text: text.illustrativeNotice, tone: 'warning' });
  notices.push({ text: text.dataGapReminder, tone: 'info' });
  return {
    kind: 'cover',
    title: text.title,
    subtitle: scopeTitle(briefing),
    facts: [
      { label: text.scopeLabel, value: scopeTitle(briefing) },
      { label: text.generated, value: formatDateTime(briefing.generatedAt, lang) },
      { label: text.dataAsOf, value: dataAsOf },
    ],
    labelSeparator: text.colon,
    notices,
    footnote: text.preparedBy,
  };
}

function overview(briefing: Briefing, text: BriefingText): Block[] {
  const { lang, summary } = briefing;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: text.overviewText({
        industries: summary.industries,
        score: Math.round(summary.averageScore),
        high: summary.gapsBySeverity.high,
        medium: summary.gapsBySeverity.medium,
        low: summary.gapsBySeverity.low,
      }),
    },
    { kind: 'paragraph', text: text.targetsText(summary.targets) },
  ];
  if (briefing.includesIllustrative) blocks.push({ kind: 'paragraph', text: text.illustrativeNotice, tone: 'warning' });

  blocks.push({ kind: 'heading', level: 2, text: text.scoresHeading });
  blocks.push({
    kind: 'table',
    columns: columns(text.scoreColumns, [34, 26, 12, 16, 12]),
    rows: briefing.industries.map(({ row }) => {
      const filled = SIX_ONES_SLOTS.filter((slot) => row.cells[slot].status === 'filled').length;
      return [
        cell(displayName(row.industry, lang), true),
        cell(tierLabel(row.industry.tier, lang)),
        cell(String(Math.round(row.score.total))),
        cell(text.slotsFilled(filled, SIX_ONES_SLOTS.length)),
        cell(String(row.gapCount)),
      ];
    }),
  });

  blocks.push({ kind: 'heading', level: 2, text: text.topGapsHeading });
  const top = summary.topGaps.slice(0, LIMITS.topGaps);
  blocks.push(top.length > 0 ? gapTable(top, briefing, text, false) : { kind: 'paragraph', text: text.noGaps });

  blocks.push({ kind: 'heading', level: 2, text: text.behindHeading });
  const behind = briefing.targets.filter((t) => t.status === 'behind');
  blocks.push(
    behind.length > 0
      ? {
          kind: 'list',
          items: behind.map(
            (t) => `${displayName(t.indicator, lang)}${text.colon}${targetValue(t, lang, text)}${text.semicolon}${latestValue(t, lang, text)}`,
          ),
        }
      : { kind: 'paragraph', text: text.noneBehind },
  );
  return blocks;
}

function industryBlocks(section: IndustrySection, briefing: Briefing, text: BriefingText): Block[] {
  const { lang } = briefing;
  const { row, chain, gaps } = section;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: text.industryIntro({ tier: tierLabel(row.industry.tier, lang), score: Math.round(row.score.total), gaps: gaps.length }),
    },
  ];
  if (row.score.parts.length > 0) {
    const parts = row.score.parts
      .map((p) => `${lang === 'zh' ? p.labelZh : p.labelEn} ${formatNumber(Math.round(p.points * 10) / 10)}/${formatNumber(p.weight)}`)
      .join(text.semicolon);
    blocks.push({ kind: 'paragraph', text: `${text.scoreParts}${text.colon}${parts}`, tone: 'note' });
  }

  blocks.push({ kind: 'heading', level: 2, text: text.sixOnesHeading });
  blocks.push({
    kind: 'table',
    columns: columns(text.sixOnesColumns, [30, 18, 52]),
    rows: SIX_ONES_SLOTS.map((slot) => {
      const state = row.cells[slot];
      const holders = state.holders.map((h) => displayName(h, lang));
      const uncovered = (state.uncoveredLinks ?? []).map((l) => displayName(l, lang));
      return [
        cell(slotName(slot, lang), true),
        cell(slotStatusLabel(state.status, lang), state.status === 'confirmed-missing'),
        {
          lines: [
            ...(holders.length > 0 ? holders : [text.noHolder]),
            ...(uncovered.length > 0 ? [text.uncoveredLinks(uncovered.join(text.listSeparator))] : []),
          ],
        },
      ];
    }),
  });

  blocks.push({ kind: 'heading', level: 2, text: text.chainHeading });
  const industryName = displayName(row.industry, lang);
  if (chain.links.length === 0) {
    blocks.push({ kind: 'paragraph', text: text.chainNone, tone: 'note' });
  } else {
    blocks.push({
      kind: 'diagram',
      diagram: renderChainSvg({ chain, gaps, rules: briefing.rules, lang, industryName }),
      caption: text.chainCaption(industryName),
      alt: text.diagramAlt(industryName),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: text.gapsHeading });
  blocks.push(gaps.length > 0 ? gapTable(gaps, briefing, text, false) : { kind: 'paragraph', text: text.noIndustryGaps, tone: 'note' });
  return blocks;
}

/** One row per gap: severity, what is missing and where, why it matters, and who could help. */
function gapTable(gaps: Gap[], briefing: Briefing, text: BriefingText, withSubjectKind: boolean): Block {
  const { lang } = briefing;
  const rules = new Map<string, GapRuleInfo>(briefing.rules.map((r) => [r.id, r]));
  const industryName = new Map(briefing.industries.map((s) => [s.row.industry.id, displayName(s.row.industry, lang)]));
  return {
    kind: 'table',
    columns: columns(text.gapColumns, [12, 25, 37, 26]),
    rows: gaps.map((gap) => {
      const rule = rules.get(gap.ruleId);
      const title = rule ? (lang === 'zh' ? rule.titleZh : rule.titleEn) : gap.ruleId;
      const subject = displayName(gap.subject, lang);
      const where = gap.industryId && gap.industryId !== gap.subject.id ? industryName.get(gap.industryId) : undefined;
      const suggestions = gap.suggestions.slice(0, LIMITS.suggestionsPerGap).map((s) => {
        const reason = lang === 'zh' ? s.reasonZh : s.reasonEn;
        return reason ? `${displayName(s, lang)}${text.colon}${reason}` : displayName(s, lang);
      });
      return [
        cell(severityLabel(gap.severity, lang), true),
        { lines: [title, withSubjectKind || !where ? subject : `${subject}${text.inParentheses(where)}`] },
        {
          lines: [
            lang === 'zh' ? gap.explanationZh : gap.explanationEn,
            `[${gapStatusLabel(gap.status, lang)}]${gap.illustrative ? text.restsOnIllustrative : ''}`,
          ],
        },
        { lines: suggestions.length > 0 ? suggestions : [text.noSuggestion] },
      ];
    }),
  };
}

function targetBlocks(targets: TargetProgress[], lang: BriefingLang, text: BriefingText): Block[] {
  if (targets.length === 0) return [{ kind: 'paragraph', text: text.noTargets, tone: 'note' }];
  return [
    {
      kind: 'table',
      columns: columns(text.targetColumns, [38, 24, 22, 16]),
      // Behind first: what needs attention; then met; then those without data.
      rows: [...targets].sort((a, b) => TARGET_ORDER.indexOf(a.status) - TARGET_ORDER.indexOf(b.status)).map((t) => [
        cell(displayName(t.indicator, lang)),
        cell(targetValue(t, lang, text)),
        cell(latestValue(t, lang, text)),
        cell(targetStatusLabel(t.status, lang), t.status === 'behind'),
      ]),
    },
  ];
}

const TARGET_ORDER: TargetProgress['status'][] = ['behind', 'met', 'no-data'];

const COMPARATOR_SIGNS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈' };

function targetValue(t: TargetProgress, lang: BriefingLang, text: BriefingText): string {
  const { target } = t;
  return text.targetValue(COMPARATOR_SIGNS[target.comparator] ?? target.comparator, withUnit(target.value, target.unit, lang), target.year);
}

function latestValue(t: TargetProgress, lang: BriefingLang, text: BriefingText): string {
  if (!t.latest) return text.noData;
  const value = withUnit(t.latest.value, t.target.unit, lang);
  return `${text.latest(value, t.latest.year)}${t.latest.illustrative ? ILLUSTRATIVE_MARK[lang] : ''}`;
}

function sourceBlocks(briefing: Briefing, text: BriefingText): Block[] {
  const { lang, sources } = briefing;
  const documentSections = sources.citations.filter((c) => c.sourceKind === 'document');
  const others = sources.citations.filter((c) => c.sourceKind !== 'document');
  const blocks: Block[] = [{ kind: 'paragraph', text: text.sourcesIntro }];

  blocks.push({ kind: 'heading', level: 2, text: text.sectionsHeading });
  blocks.push({ kind: 'paragraph', text: text.documentName });
  blocks.push(
    documentSections.length > 0
      ? { kind: 'list', items: documentSections.map((c) => text.sectionItem(c.sourceRef, c.facts)) }
      : { kind: 'paragraph', text: text.noSources },
  );

  blocks.push({ kind: 'heading', level: 2, text: text.otherSourcesHeading });
  const shown = others.slice(0, LIMITS.otherSources);
  const more = others.length - shown.length;
  blocks.push(
    shown.length > 0
      ? {
          kind: 'list',
          items: [
            ...shown.map((c) => text.otherItem(sourceKindLabel(c.sourceKind, lang), c.sourceRef, c.facts)),
            ...(more > 0 ? [text.moreSources(more)] : []),
          ],
        }
      : { kind: 'paragraph', text: text.noSources },
  );

  blocks.push({ kind: 'heading', level: 2, text: text.datasetsHeading });
  blocks.push(
    sources.datasets.length > 0
      ? {
          kind: 'list',
          items: sources.datasets.map((d) =>
            text.datasetItem(
              `${lang === 'zh' ? d.nameZh : d.nameEn}${d.illustrativeFacts > 0 && d.illustrativeFacts === d.facts ? ILLUSTRATIVE_MARK[lang] : ''}`,
              d.facts,
              d.illustrativeFacts,
            ),
          ),
        }
      : { kind: 'paragraph', text: text.noSources },
  );

  blocks.push({ kind: 'heading', level: 2, text: text.readingHeading });
  blocks.push({ kind: 'list', items: [...text.readingNotes, text.dataGapReminder] });
  return blocks;
}

function columns(titles: readonly string[], widths: number[]): Column[] {
  return titles.map((title, i) => ({ title, width: widths[i] ?? 10 }));
}

function cell(text: string, strong = false): Cell {
  return { lines: [text], strong };
}
