// A layered preset layout computed from the chain's own order: links left to right (upstream →
// downstream, by stage then link order), the industry and its 六个一 row above, members in a grid
// under their link, partners to the right. Linear in the number of elements; no force simulation.
import { CHAIN_STAGES, SIX_ONES_SLOTS } from '../../../../graph/model';
import type { ChainElement, ChainNodeData } from '../../../../graph/model/chainView';

export interface Point {
  x: number;
  y: number;
}

export interface StageBand {
  stage: (typeof CHAIN_STAGES)[number];
  x1: number;
  x2: number;
}

export interface ChainLayout {
  positions: Record<string, Point>;
  bands: StageBand[];
  linkY: number;
}

/** Distances in model units, one object so the picture can be tuned in one place. */
export const LAYOUT = {
  /** Width a link box takes, and the gap between link columns. */
  linkWidth: 190,
  columnGap: 60,
  /** Horizontal and vertical spacing of member nodes under a link. */
  memberDx: 150,
  memberDy: 44,
  /** First member row below the link row. */
  membersTop: 95,
  /** Members a column holds before the grid grows another column. */
  minRowsPerColumn: 8,
  /** Width / height the whole drawing aims at when links are expanded (about a screen's). */
  aspect: 1.6,
  /** Rows of the industry and of its 六个一 holders above the links. */
  industryY: -190,
  holderY: -350,
  holderDx: 200,
  /** Partners stacked to the right of the chain. */
  partnerDx: 230,
  partnerDy: 70,
} as const;

const STAGE_RANK: Record<string, number> = Object.fromEntries(CHAIN_STAGES.map((s, i) => [s, i]));
const SLOT_RANK: Record<string, number> = Object.fromEntries(SIX_ONES_SLOTS.map((s, i) => [s, i]));

function linkOrder(a: ChainNodeData, b: ChainNodeData): number {
  return (
    (STAGE_RANK[a.stage ?? ''] ?? 9) - (STAGE_RANK[b.stage ?? ''] ?? 9) ||
    (a.order ?? 0) - (b.order ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Columns of a link's member grid. Short lists stay one column; long ones grow columns until the whole
 * drawing (links side by side, members below) is about as wide as LAYOUT.aspect times its height.
 */
export function gridColumns(count: number, links: number, largest: number): number {
  if (count <= LAYOUT.minRowsPerColumn) return 1;
  const balanced = Math.sqrt((LAYOUT.aspect * largest * LAYOUT.memberDy) / (Math.max(1, links) * LAYOUT.memberDx));
  return Math.max(1, Math.min(Math.round(balanced), Math.ceil(count / LAYOUT.minRowsPerColumn)));
}

function holderRank(node: ChainNodeData): number {
  const slot = node.slot ?? node.slots?.[0];
  return slot === undefined ? SIX_ONES_SLOTS.length : (SLOT_RANK[slot] ?? SIX_ONES_SLOTS.length);
}

export function layoutChain(elements: readonly ChainElement[]): ChainLayout {
  const nodes = elements.flatMap((e) => (e.group === 'nodes' ? [e.data] : []));
  const positions: Record<string, Point> = {};
  const linkY = 0;

  // Links, in chain order, each column as wide as its member grid.
  const links = nodes.filter((n) => n.role === 'link').sort(linkOrder);
  const members = new Map<string, ChainNodeData[]>();
  for (const node of nodes) {
    if ((node.role === 'member' || node.role === 'more') && node.linkId) {
      const list = members.get(node.linkId) ?? [];
      list.push(node);
      members.set(node.linkId, list);
    }
  }
  let x = 0;
  const bands: StageBand[] = [];
  const largest = Math.max(0, ...[...members.values()].map((list) => list.length));
  for (const link of links) {
    const list = (members.get(link.id) ?? []).sort((a, b) => Number(a.role === 'more') - Number(b.role === 'more'));
    const columns = gridColumns(list.length, links.length, largest);
    const width = Math.max(LAYOUT.linkWidth, columns * LAYOUT.memberDx);
    const centre = x + width / 2;
    positions[link.id] = { x: centre, y: linkY };
    const rows = Math.ceil(list.length / columns);
    list.forEach((member, index) => {
      const column = Math.floor(index / rows);
      const row = index % rows;
      const gridLeft = centre - ((columns - 1) * LAYOUT.memberDx) / 2;
      positions[member.id] = { x: gridLeft + column * LAYOUT.memberDx, y: linkY + LAYOUT.membersTop + row * LAYOUT.memberDy };
    });
    const stage = link.stage ?? 'midstream';
    const band = bands[bands.length - 1];
    if (band && band.stage === stage) band.x2 = x + width;
    else bands.push({ stage, x1: x, x2: x + width });
    x += width + LAYOUT.columnGap;
  }
  const right = links.length > 0 ? x - LAYOUT.columnGap : LAYOUT.linkWidth;
  const centreX = links.length > 0 ? right / 2 : 0;

  // The industry above the middle of the chain; its holders and missing slots in slot order above it.
  for (const node of nodes) if (node.role === 'industry') positions[node.id] = { x: centreX, y: LAYOUT.industryY };
  const holders = nodes
    .filter((n) => n.role === 'holder' || n.role === 'ghost')
    .sort((a, b) => holderRank(a) - holderRank(b) || a.id.localeCompare(b.id));
  holders.forEach((node, index) => {
    positions[node.id] = { x: centreX + (index - (holders.length - 1) / 2) * LAYOUT.holderDx, y: LAYOUT.holderY };
  });

  // Partners and parks in a column to the right; the regions they belong to one column further.
  const holderRight = holders.length > 0 ? centreX + ((holders.length - 1) / 2) * LAYOUT.holderDx : centreX;
  const partnerX = Math.max(right, holderRight) + LAYOUT.partnerDx;
  const partners = nodes.filter((n) => n.role === 'partner' || n.role === 'park');
  partners.forEach((node, index) => {
    positions[node.id] = { x: partnerX, y: LAYOUT.holderY + index * LAYOUT.partnerDy };
  });
  const regions = nodes.filter((n) => n.role === 'region');
  regions.forEach((node, index) => {
    positions[node.id] = { x: partnerX + LAYOUT.partnerDx, y: LAYOUT.holderY + index * LAYOUT.partnerDy * 2 };
  });

  // Anything the rules above did not place (a member of an unknown link) goes below the chain.
  let spare = 0;
  for (const node of nodes) {
    if (!positions[node.id]) positions[node.id] = { x: spare++ * LAYOUT.memberDx, y: linkY - LAYOUT.holderY * 2 };
  }
  return { positions, bands, linkY };
}
