// One key industry's section: score and its parts, the six-ones table, the chain diagram and the
// industry's gaps.
import { SIX_ONES_SLOTS } from '../../graph/model';
import { renderChainSvg } from './chainSvg';
import { columns, cell, type Block } from './outlineBlocks';
import { gapBlocks } from './outlineGapTable';
import { displayName, formatNumber, slotName, slotStatusLabel, tierLabel, type BriefingText } from './text';
import type { Briefing, IndustrySection } from './types';

export function industryBlocks(section: IndustrySection, briefing: Briefing, text: BriefingText): Block[] {
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
  blocks.push(...(gaps.length > 0 ? gapBlocks(gaps, briefing, text, false) : [{ kind: 'paragraph' as const, text: text.noIndustryGaps, tone: 'note' as const }]));
  return blocks;
}
