// A lane layout computed from the chain's own order, shaped like the canvas it is drawn on: upstream,
// midstream and downstream are lanes (columns) left to right; in each lane its links stack top to
// bottom in chain order, each with its members listed under it. Above the lanes, as wide as they are
// or wider on a wide canvas: the industry with its partners, then its 六个一 holders (layoutRows.ts).
// A lane with many links splits into more columns only while that makes the fit zoom larger. Model
// units are about screen pixels at zoom 1. Linear in the number of elements.
import { CHAIN_STAGES } from '../../../../graph/model';
import type { ChainElement, ChainNodeData } from '../../../../graph/model/chainView';
import { placeTopRows, topRowsHeight, topRowsWidth } from '../chains/layoutRows';

export interface Point {
  x: number;
  y: number;
}

/** One lane's rectangle (a stage), drawn behind its links as a decoration. */
export interface StageBand {
  stage: (typeof CHAIN_STAGES)[number];
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export interface ChainLayout {
  positions: Record<string, Point>;
  bands: StageBand[];
  /** Top of the lanes: the links' first row. */
  linkY: number;
}

export interface LayoutOptions {
  /** Width / height of the canvas the chain is fitted into. */
  aspect?: number;
}

/** Distances in model units, one object so the picture can be tuned in one place. */
export const LAYOUT = {
  /** A lane's column: link box width, column width and the gap between columns. */
  linkWidth: 254,
  linkHeight: 80,
  columnWidth: 274,
  columnGap: 30,
  /** Member rows under a link: first row below the link's centre, row step, indent of the marker. */
  membersTop: 54,
  memberDy: 26,
  memberIndent: 14,
  /** Members a column holds before the list grows another column beside it. */
  rowsPerColumn: 12,
  /** Space between one link's last member row (or its box) and the next link's box in the same lane. */
  blockGap: 14,
  /** Space above the lanes for their stage names. */
  laneHeader: 30,
  aspect: 1.6,
} as const;

const STAGE_RANK: Record<string, number> = Object.fromEntries(CHAIN_STAGES.map((s, i) => [s, i]));

function linkOrder(a: ChainNodeData, b: ChainNodeData): number {
  return (
    (STAGE_RANK[a.stage ?? ''] ?? 9) - (STAGE_RANK[b.stage ?? ''] ?? 9) ||
    (a.order ?? 0) - (b.order ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

/** Columns of one link's member list: one, until it holds more than LAYOUT.rowsPerColumn. */
export function memberColumns(count: number): number {
  return Math.max(1, Math.ceil(count / LAYOUT.rowsPerColumn));
}

interface Block {
  link: ChainNodeData;
  members: ChainNodeData[];
  columns: number;
  width: number;
  height: number;
}

function blockOf(link: ChainNodeData, members: ChainNodeData[]): Block {
  const list = members.sort((a, b) => Number(a.role === 'more') - Number(b.role === 'more'));
  const columns = memberColumns(list.length);
  const rows = Math.ceil(list.length / columns);
  const width = Math.max(LAYOUT.columnWidth, columns * LAYOUT.columnWidth);
  // From this link's centre to the next one's: its members' rows (or its box's lower half), a gap, then
  // the upper half of the next box.
  const below = rows > 0 ? LAYOUT.membersTop + (rows - 0.5) * LAYOUT.memberDy : LAYOUT.linkHeight / 2;
  const height = below + LAYOUT.blockGap + LAYOUT.linkHeight / 2;
  return { link, members: list, columns, width, height };
}

type Lanes = Block[][][];

const columnHeight = (col: Block[]) => col.reduce((h, b) => h + b.height, 0);
const lanesWidth = (lanes: Lanes) => lanes.flat().reduce((w, col) => w + Math.max(...col.map((b) => b.width)) + LAYOUT.columnGap, 0);
const lanesHeight = (lanes: Lanes) => LAYOUT.laneHeader + Math.max(0, ...lanes.flat().map(columnHeight)) - LAYOUT.blockGap;

/** A stage's blocks in `count` columns, in chain order, top to bottom then left to right. */
function splitStage(blocks: Block[], count: number): Block[][] {
  const per = Math.ceil(blocks.length / count);
  return Array.from({ length: Math.ceil(blocks.length / per) }, (_, i) => blocks.slice(i * per, (i + 1) * per));
}

/**
 * Splits the tallest stage into one more column while that makes the fit zoom (the smaller of canvas
 * width / drawing width and canvas height / drawing height) larger; the rows above count in the height.
 */
function laneColumns(stages: Block[][], aspect: number, nodes: readonly ChainNodeData[]): Lanes {
  let lanes: Lanes = stages.map((blocks) => (blocks.length > 0 ? [blocks] : []));
  const fit = (l: Lanes) => {
    const size = { width: Math.max(lanesWidth(l), 1), height: lanesHeight(l) };
    const width = topRowsWidth(nodes, size, aspect);
    return Math.min(aspect / width, 1 / (size.height + topRowsHeight(nodes, width)));
  };
  for (;;) {
    const heights = lanes.map((cols, i) => (cols.length < (stages[i]?.length ?? 0) ? Math.max(...cols.map(columnHeight)) : -1));
    const tallest = heights.indexOf(Math.max(...heights));
    if (tallest < 0 || (heights[tallest] ?? -1) < 0) return lanes;
    const next = lanes.map((cols, i) => (i === tallest ? splitStage(stages[i] ?? [], cols.length + 1) : cols));
    if (fit(next) <= fit(lanes)) return lanes;
    lanes = next;
  }
}

export function layoutChain(elements: readonly ChainElement[], options: LayoutOptions = {}): ChainLayout {
  const aspect = options.aspect ?? LAYOUT.aspect;
  const nodes = elements.flatMap((e) => (e.group === 'nodes' ? [e.data] : []));
  const positions: Record<string, Point> = {};
  const linkY = 0;

  const links = nodes.filter((n) => n.role === 'link').sort(linkOrder);
  const members = new Map<string, ChainNodeData[]>();
  for (const node of nodes) {
    if ((node.role === 'member' || node.role === 'more') && node.linkId) {
      const list = members.get(node.linkId) ?? [];
      list.push(node);
      members.set(node.linkId, list);
    }
  }
  const stages = CHAIN_STAGES.map((stage) =>
    links.filter((l) => (l.stage ?? 'midstream') === stage).map((l) => blockOf(l, members.get(l.id) ?? [])),
  );

  // Lanes left to right; in each column, blocks top to bottom.
  const bands: StageBand[] = [];
  let x = 0;
  let bottom = linkY;
  const lanes = laneColumns(stages, aspect, nodes);
  lanes.forEach((columns, stageIndex) => {
    if (columns.length === 0) return;
    const x1 = x;
    for (const column of columns) {
      const width = Math.max(...column.map((b) => b.width));
      let y = linkY + LAYOUT.laneHeader + LAYOUT.linkHeight / 2;
      for (const block of column) {
        positions[block.link.id] = { x: x + width / 2, y };
        const rows = Math.ceil(block.members.length / block.columns);
        block.members.forEach((member, index) => {
          const col = Math.floor(index / rows);
          positions[member.id] = {
            x: x + col * LAYOUT.columnWidth + (width - LAYOUT.linkWidth) / 2 + LAYOUT.memberIndent,
            y: y + LAYOUT.membersTop + (index % rows) * LAYOUT.memberDy,
          };
        });
        y += block.height;
      }
      bottom = Math.max(bottom, y - LAYOUT.blockGap - LAYOUT.linkHeight / 2);
      x += width + LAYOUT.columnGap;
    }
    bands.push({ stage: CHAIN_STAGES[stageIndex] ?? 'midstream', x1: x1 - LAYOUT.columnGap / 4, x2: x - (LAYOUT.columnGap * 3) / 4, y1: linkY, y2: bottom });
  });
  for (const band of bands) band.y2 = bottom + 8;
  const right = links.length > 0 ? x - LAYOUT.columnGap : LAYOUT.columnWidth;

  // The industry, its partners and its holders above the lanes, as wide as suits the canvas.
  const top = links.length > 0 ? topRowsWidth(nodes, { width: right, height: lanesHeight(lanes) }, aspect) : right;
  placeTopRows(nodes, positions, { left: 0, right: top, bottom: linkY });

  // Anything the rules above did not place (a member of an unknown link) goes below the chain.
  let spare = 0;
  for (const node of nodes) {
    if (!positions[node.id]) positions[node.id] = { x: spare++ * LAYOUT.columnWidth, y: bottom + 200 };
  }
  return { positions, bands, linkY };
}
