// Lays a briefing out as a list of blocks (cover, headings, paragraphs, tables, diagrams) in the chosen
// language. The HTML and Word renderers only draw these blocks, so both formats say exactly the same.
// This file orders the parts: the leader's summary (领导版), the body (overview, changes, targets) and
// the annex (each industry, the region's own gaps, sources); each section is built in its own module.
import { asOfNotice, asOfStatement } from './asOfText';
import type { Block, Outline } from './outlineBlocks';
import { gapBlocks } from './outlineGapTable';
import { industryBlocks } from './outlineIndustry';
import { changesBlocks } from './outlineChanges';
import { mapBlocks } from './outlineMap';
import { overviewBlocks } from './outlineOverview';
import { briefingTitle, regionGapsHeading } from './regionText';
import { scopeTitle } from './scopeTitle';
import { sourceBlocks } from './outlineSources';
import { summaryBlocks } from './outlineSummary';
import { summaryTextFor } from './summaryText';
import { targetBlocks } from './outlineTargets';
import { displayName, formatDateTime, sectionNumber, textFor, type BriefingText } from './text';
import type { Briefing } from './types';

export type { Block, Cell, Column, Outline } from './outlineBlocks';
export { scopeTitle } from './scopeTitle';

export function buildOutline(briefing: Briefing): Outline {
  const { lang } = briefing;
  const text = textFor(lang);
  const summaryText = summaryTextFor(lang);
  const blocks: Block[] = [];
  let section = 0;
  let annex = 0;
  const city = briefing.scope.kind === 'city';
  // The body flows on from the summary. A region's briefing annexes its industries' detail after a page
  // break (the scores, map and targets before it fill their pages); chosen industries' detail is the body
  // itself and only the sources are annexed, with no break: a body that short would leave a page nearly empty.
  const h1 = (title: string): Block => ({ kind: 'heading', level: 1, text: `${sectionNumber(++section, lang)}${title}` });
  const annexH1 = (title: string): Block => ({ kind: 'heading', level: 1, text: `${summaryText.annexLabel(++annex)}${title}`, newPage: city && annex === 1 });
  const detail = (industry: Briefing['industries'][number], heading: (title: string) => Block): Block[] => [
    heading(displayName(industry.row.industry, lang)),
    ...industryBlocks(industry, briefing, text),
  ];

  blocks.push(cover(briefing, text), ...summaryBlocks(briefing));

  if (city || briefing.industries.length > 1) blocks.push(h1(text.overview), ...overviewBlocks(briefing, text), ...mapBlocks(briefing));
  if (briefing.changes) {
    const [heading, ...rest] = changesBlocks(briefing.changes, briefing.rules, lang);
    if (heading?.kind === 'heading') blocks.push(h1(heading.text), ...rest);
  }
  if (!city) for (const industry of briefing.industries) blocks.push(...detail(industry, h1));
  blocks.push(h1(text.targetsHeading));
  blocks.push(
    ...(briefing.targets.length === 0 && !city
      ? [{ kind: 'paragraph' as const, text: summaryText.noTargetsSentence(scopeTitle(briefing)), tone: 'note' as const }]
      : targetBlocks(briefing.targets, lang, text)),
  );

  // The annex: each industry's detail (a region's briefing), the region's own gaps and the sources.
  if (city) for (const industry of briefing.industries) blocks.push(...detail(industry, annexH1));
  if (briefing.cityGaps.length > 0) {
    blocks.push(annexH1(regionGapsHeading(briefing.region, lang)), { kind: 'paragraph', text: text.cityGapsIntro }, ...gapBlocks(briefing.cityGaps, briefing, text, true));
  }
  blocks.push(annexH1(text.sourcesHeading), ...sourceBlocks(briefing, text));
  const asOf = briefing.asOf ? ` · ${asOfStatement(briefing.asOf, lang)}` : '';
  return { lang, title: `${briefingTitle(briefing.region, lang)} · ${scopeTitle(briefing)}${asOf}`, footer: text.pageFooter, blocks };
}

function cover(briefing: Briefing, text: BriefingText): Block {
  const { lang } = briefing;
  const dataAsOf = briefing.dataChangedAt
    ? formatDateTime(briefing.dataChangedAt, lang)
    : `${formatDateTime(briefing.generatedAt, lang)}${text.dataAsOfFallback}`;
  const notices: { text: string; tone: 'warning' | 'info' }[] = [];
  // A briefing of the graph as recorded in the past says so first (asOfText.ts).
  if (briefing.asOf) notices.push({ text: asOfNotice(briefing.asOf, lang), tone: 'info' });
  if (briefing.includesIllustrative) notices.push({ text: text.illustrativeNotice, tone: 'warning' });
  notices.push({ text: text.dataGapReminder, tone: 'info' });
  return {
    kind: 'cover',
    title: briefingTitle(briefing.region, lang),
    subtitle: briefing.asOf ? `${scopeTitle(briefing)} · ${asOfStatement(briefing.asOf, lang)}` : scopeTitle(briefing),
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
