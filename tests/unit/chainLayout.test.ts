// The lane layout's geometry (client/src/views/chains/layout.ts, layoutRows.ts): in a lane, a link's
// box never reaches up into the member rows of the link above it; the rows above the lanes grow wider
// than the lanes only when the canvas is wide enough for that to pay, and then hold fewer rows.
import { describe, expect, it } from 'vitest';
import type { ChainElement, ChainNodeData } from '../../graph/model/chainView';
import { LAYOUT, layoutChain } from '../../client/src/views/chains/layout';
import { ROWS, topRowsHeight, topRowsWidth } from '../../client/src/views/chains/layoutRows';

const node = (data: Partial<ChainNodeData> & Pick<ChainNodeData, 'id' | 'role'>): ChainElement => ({
  group: 'nodes',
  data: { label: data.id, type: 'Enterprise', nameZh: data.id, nameEn: data.id, illustrative: false, gapRules: [], gapSeverity: null, ...data },
});

/** One industry, `links` midstream links with `members` members each, and `holders` 六个一 holders. */
function chain(links: number, members: number, holders: number): ChainElement[] {
  const elements: ChainElement[] = [node({ id: 'industry', role: 'industry' })];
  for (let l = 0; l < links; l += 1) {
    elements.push(node({ id: `link-${l}`, role: 'link', stage: 'midstream', order: l }));
    for (let m = 0; m < members; m += 1) elements.push(node({ id: `firm-${l}-${m}`, role: 'member', linkId: `link-${l}` }));
  }
  for (let h = 0; h < holders; h += 1) elements.push(node({ id: `holder-${h}`, role: 'holder', slot: 'platforms' }));
  return elements;
}

describe('chain lane layout', () => {
  it("keeps each link's box below the member rows of the link above it in its lane", () => {
    for (const members of [0, 1, 3, 4]) {
      const { positions } = layoutChain(chain(3, members, 0), { aspect: 0.5 });
      const column = [0, 1, 2].map((l) => positions[`link-${l}`]).filter((p) => p !== undefined);
      // A tall, narrow canvas keeps the three links in one column.
      expect(new Set(column.map((p) => p.x)).size).toBe(1);
      for (let l = 1; l < 3; l += 1) {
        const boxTop = (positions[`link-${l}`]?.y ?? 0) - LAYOUT.linkHeight / 2;
        const above = members > 0 ? (positions[`firm-${l - 1}-${members - 1}`]?.y ?? 0) + LAYOUT.memberDy / 2 : (positions[`link-${l - 1}`]?.y ?? 0) + LAYOUT.linkHeight / 2;
        expect(boxTop - above, `${members} members, link ${l}`).toBeGreaterThanOrEqual(LAYOUT.blockGap);
      }
    }
  });

  it('widens the holders above the lanes on a wide canvas, to fewer rows, and never narrows them below the lanes', () => {
    const nodes = chain(2, 2, 12).flatMap((e) => (e.group === 'nodes' ? [e.data] : []));
    const lanes = { width: 2 * LAYOUT.columnWidth, height: 300 };
    const narrow = topRowsWidth(nodes, lanes, 0.8);
    const wide = topRowsWidth(nodes, lanes, 3);
    expect(narrow).toBeGreaterThanOrEqual(lanes.width);
    expect(wide).toBeGreaterThan(narrow);
    expect(topRowsHeight(nodes, wide)).toBeLessThan(topRowsHeight(nodes, lanes.width));
    // The grid's cells in the layout follow that width: a row holds more holders than the lanes' width would.
    const { positions } = layoutChain(chain(2, 2, 12), { aspect: 3 });
    const firstRowY = positions['holder-0']?.y;
    const inFirstRow = Array.from({ length: 12 }, (_, h) => positions[`holder-${h}`]).filter((p) => p?.y === firstRowY).length;
    expect(inFirstRow).toBeGreaterThan(Math.floor(lanes.width / ROWS.holderCell));
  });
});
