// The overview section: headline numbers, the industry score table, the most severe gaps and the
// targets off track, so a reader who stops after one section still has the picture.
import { SIX_ONES_SLOTS } from '../../graph/model';
import { columns, cell, type Block } from './outlineBlocks';
import { gapTable } from './outlineGapTable';
import { latestValue, targetValue } from './outlineTargets';
import { displayName, tierLabel, type BriefingText } from './text';
import type { Briefing } from './types';

/** How many of the most severe gaps the overview lists. */
const TOP_GAPS = 8;

export function overviewBlocks(briefing: Briefing, text: BriefingText): Block[] {
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
  const top = summary.topGaps.slice(0, TOP_GAPS);
  blocks.push(top.length > 0 ? gapTable(top, briefing, text, false) : { kind: 'paragraph', text: text.noGaps });

  blocks.push({ kind: 'heading', level: 2, text: text.behindHeading });
  const behind = briefing.targets.filter((t) => t.status === 'off-track');
  blocks.push(
    behind.length > 0
      ? {
          kind: 'list',
          items: behind.map(
            (t) => `${displayName(t.indicator ?? t.target, lang)}${text.colon}${targetValue(t, lang, text)}${text.semicolon}${latestValue(t, lang, text)}`,
          ),
        }
      : { kind: 'paragraph', text: text.noneBehind },
  );
  return blocks;
}
