// Lays a briefing out as a list of blocks (cover, headings, paragraphs, tables, diagrams) in the chosen
// language. The HTML and Word renderers only draw these blocks, so both formats say exactly the same.
// This file orders the sections; each section is built in its own outline*.ts module.
import { asOfNotice, asOfStatement } from './asOfText';
import type { Block, Outline } from './outlineBlocks';
import { gapTable } from './outlineGapTable';
import { industryBlocks } from './outlineIndustry';
import { changesBlocks } from './outlineChanges';
import { mapBlocks } from './outlineMap';
import { overviewBlocks } from './outlineOverview';
import { briefingTitle, regionGapsHeading, wholeRegion } from './regionText';
import { sourceBlocks } from './outlineSources';
import { targetBlocks } from './outlineTargets';
import { displayName, formatDateTime, sectionNumber, textFor, type BriefingText } from './text';
import type { Briefing } from './types';

export type { Block, Cell, Column, Outline } from './outlineBlocks';

export function scopeTitle(briefing: Briefing): string {
  const lang = briefing.lang;
  const text = textFor(lang);
  if (briefing.scope.kind === 'city') return wholeRegion(briefing.region, lang);
  return briefing.industries.map((s) => displayName(s.row.industry, lang)).join(text.listSeparator);
}

export function buildOutline(briefing: Briefing): Outline {
  const { lang } = briefing;
  const text = textFor(lang);
  const blocks: Block[] = [];
  let section = 0;
  const h1 = (title: string): Block => ({ kind: 'heading', level: 1, text: `${sectionNumber(++section, lang)}${title}`, newPage: true });

  blocks.push(cover(briefing, text));

  blocks.push(h1(text.overview), ...overviewBlocks(briefing, text), ...mapBlocks(briefing));
  if (briefing.changes) {
    const [heading, ...rest] = changesBlocks(briefing.changes, briefing.rules, lang);
    if (heading?.kind === 'heading') blocks.push(h1(heading.text), ...rest);
  }
  for (const industry of briefing.industries) {
    blocks.push(h1(displayName(industry.row.industry, lang)), ...industryBlocks(industry, briefing, text));
  }
  if (briefing.cityGaps.length > 0) {
    blocks.push(h1(regionGapsHeading(briefing.region, lang)), { kind: 'paragraph', text: text.cityGapsIntro }, gapTable(briefing.cityGaps, briefing, text, true));
  }
  blocks.push(h1(text.targetsHeading), ...targetBlocks(briefing.targets, lang, text));
  blocks.push(h1(text.sourcesHeading), ...sourceBlocks(briefing, text));
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
