// The body's overview: the industry score table (the map follows it). The headline figures, the most
// severe gaps and the targets off track are the leader's summary's (outlineSummary.ts).
import { SIX_ONES_SLOTS } from '../../graph/model';
import { columns, cell, type Block } from './outlineBlocks';
import { displayName, tierLabel, type BriefingText } from './text';
import type { Briefing } from './types';

export function overviewBlocks(briefing: Briefing, text: BriefingText): Block[] {
  const { lang } = briefing;
  const blocks: Block[] = [];
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
  return blocks;
}
