// The rows above the chain's lanes (see layout.ts), as wide as the lanes or wider where the canvas's
// shape pays for it (topRowsWidth): a header row with the industry at its left and its partners, parks
// and regions after it; under it, the 六个一 holders and missing slots in slot order, in a grid of cells
// (mark, then the name to its right, as the members under a link).
import { SIX_ONES_SLOTS } from '../../../../graph/model';
import type { ChainNodeData } from '../../../../graph/model/chainView';
import type { Point } from '../chains/layout';

export const ROWS = {
  /** The industry's box at the header's left. */
  industryWidth: 210,
  headerHeight: 60,
  /** Partners after the industry: the space each takes across. */
  partnerDx: 170,
  /** A holder's cell: least width, height; a missing slot's box is this wide. */
  holderCell: 190,
  holderDy: 44,
  ghostWidth: 160,
  /** Space between the holders' grid and the lanes. */
  gap: 14,
} as const;

const SLOT_RANK: Record<string, number> = Object.fromEntries(SIX_ONES_SLOTS.map((s, i) => [s, i]));

function holderRank(node: ChainNodeData): number {
  const slot = node.slot ?? node.slots?.[0];
  return slot === undefined ? SIX_ONES_SLOTS.length : (SLOT_RANK[slot] ?? SIX_ONES_SLOTS.length);
}

/** Height the rows above the lanes take for `nodes` over lanes `width` wide. */
export function topRowsHeight(nodes: readonly ChainNodeData[], width: number): number {
  const holders = nodes.filter((n) => n.role === 'holder' || n.role === 'ghost').length;
  const partners = nodes.filter((n) => n.role === 'partner' || n.role === 'park' || n.role === 'region').length;
  const perHeader = Math.max(1, Math.floor((width - ROWS.industryWidth) / ROWS.partnerDx));
  const headerRows = Math.max(1, Math.ceil(partners / perHeader));
  const perRow = Math.max(1, Math.floor(width / ROWS.holderCell));
  return headerRows * ROWS.headerHeight + Math.ceil(holders / perRow) * ROWS.holderDy + ROWS.gap;
}

/**
 * How wide to make the rows above lanes `lanes.width` × `lanes.height`: the lanes' width, or wider where
 * that makes the fit zoom on a canvas of shape `aspect` (width / height) larger. A wider grid holds more
 * holders and partners per row, so the rows are fewer: a chain with many holders is otherwise drawn
 * taller than the canvas is wide, and fitted small.
 */
export function topRowsWidth(nodes: readonly ChainNodeData[], lanes: { width: number; height: number }, aspect: number): number {
  const holders = nodes.filter((n) => n.role === 'holder' || n.role === 'ghost').length;
  const partners = nodes.filter((n) => n.role === 'partner' || n.role === 'park' || n.role === 'region').length;
  const widths = [
    lanes.width,
    ...Array.from({ length: holders }, (_, i) => (i + 1) * ROWS.holderCell),
    ...Array.from({ length: partners }, (_, i) => ROWS.industryWidth + (i + 1) * ROWS.partnerDx),
  ].filter((w) => w >= lanes.width);
  const fit = (width: number) => Math.min(aspect / width, 1 / (lanes.height + topRowsHeight(nodes, width)));
  // The narrowest of the best: the smallest width reaching the largest zoom.
  return widths.sort((a, b) => a - b).reduce((best, width) => (fit(width) > fit(best) + 1e-9 ? width : best), lanes.width);
}

/** Places the header and the holders' grid in [left, right], ending just above `bottom` (the lanes' top). */
export function placeTopRows(nodes: readonly ChainNodeData[], positions: Record<string, Point>, area: { left: number; right: number; bottom: number }): void {
  const width = Math.max(area.right - area.left, ROWS.industryWidth + ROWS.partnerDx);
  const top = area.bottom - topRowsHeight(nodes, width);

  // Header: the industry, then partners and parks, then regions, wrapping under one another.
  const partners = nodes.filter((n) => n.role === 'partner' || n.role === 'park').concat(nodes.filter((n) => n.role === 'region'));
  const perHeader = Math.max(1, Math.floor((width - ROWS.industryWidth) / ROWS.partnerDx));
  const headerRows = Math.max(1, Math.ceil(partners.length / perHeader));
  for (const node of nodes) {
    if (node.role === 'industry') positions[node.id] = { x: area.left + ROWS.industryWidth / 2, y: top + (headerRows * ROWS.headerHeight) / 2 - 6 };
  }
  const step = (width - ROWS.industryWidth) / Math.min(perHeader, Math.max(1, partners.length));
  partners.forEach((node, index) => {
    const row = Math.floor(index / perHeader);
    positions[node.id] = { x: area.left + ROWS.industryWidth + step * ((index % perHeader) + 0.5), y: top + 14 + row * ROWS.headerHeight };
  });

  // Holders' grid: cells across the lanes' width, in slot order, row by row.
  const holders = nodes
    .filter((n) => n.role === 'holder' || n.role === 'ghost')
    .sort((a, b) => holderRank(a) - holderRank(b) || a.id.localeCompare(b.id));
  const perRow = Math.max(1, Math.floor(width / ROWS.holderCell));
  const cell = width / perRow;
  const gridTop = top + headerRows * ROWS.headerHeight;
  holders.forEach((node, index) => {
    const cellLeft = area.left + (index % perRow) * cell;
    const y = gridTop + Math.floor(index / perRow) * ROWS.holderDy + ROWS.holderDy / 2;
    positions[node.id] = { x: node.role === 'ghost' ? cellLeft + ROWS.ghostWidth / 2 + 4 : cellLeft + 18, y };
  });
}
