// The tile maps' pure parts: placing children on a layout (an unplaced one is never dropped, a laid-out
// place the graph lacks keeps its tile), the province layout's geography, and the value classes behind
// the colours and legends.
import { describe, expect, it } from 'vitest';
import { gridRow, missingTiles, placeAcross, placeTiles, TILE_LAYOUTS, type TileLayout } from '../../graph/model/tileLayouts';
import { classLabel, classOf, LQ_EDGES, rangeClasses, SCORE_EDGES, spreadEdges, valueClasses } from '../../graph/model/tileScale';

const nantong = TILE_LAYOUTS.nantong;
const jiangsu = TILE_LAYOUTS.jiangsu as TileLayout;

/** Every occupied cell of a layout (tiles, regions across the river, group bands), as "col,row" → what. */
function cells(layout: TileLayout): Map<string, string[]> {
  const taken = new Map<string, string[]>();
  const take = (what: string, col: number, row: number, span: number) => {
    for (let c = col; c < col + span; c++) taken.set(`${c},${row}`, [...(taken.get(`${c},${row}`) ?? []), what]);
  };
  for (const [id, p] of Object.entries(layout.tiles)) take(id, p.col, p.row, 1);
  for (const [id, p] of Object.entries(layout.across)) take(id, p.col, p.row, p.span);
  for (const g of layout.groups ?? []) take(g.nameEn, g.col, g.row, g.span);
  return taken;
}

describe('tile layout', () => {
  it('places laid-out counties and sends one without a position to the row below', () => {
    const ids = ['haian-city', 'gangzha-district', 'qidong-city', 'new-district'];
    const { placed, unplaced } = placeTiles(nantong, ids, (id) => id);
    expect(placed.map((p) => [p.item, p.col, p.row])).toEqual([
      ['haian-city', 0, 0],
      ['qidong-city', 3, 2],
    ]);
    expect(unplaced).toEqual(['gangzha-district', 'new-district']);
  });

  it('places every county below when the city has no layout, and the partners across the river', () => {
    expect(placeTiles(undefined, ['a', 'b'], (id) => id)).toEqual({ placed: [], unplaced: ['a', 'b'] });
    const across = placeAcross(nantong, ['shanghai', 'zhongguancun', 'sunan'], (id) => id);
    expect(across.map((p) => [p.item, p.col, p.row, p.span])).toEqual([
      ['shanghai', 2, 3, 2],
      ['sunan', 0, 3, 2],
      ['zhongguancun', 0, 4, 1],
    ]);
  });

  it('lays out Jiangsu’s 13 cities without overlaps, the Yangtze between 苏中 and 苏南, Shanghai across it', () => {
    expect(Object.keys(jiangsu.tiles)).toHaveLength(13);
    for (const [cell, what] of cells(jiangsu)) {
      expect(what, cell).toHaveLength(1);
      const [col = -1, row = -1] = cell.split(',').map(Number);
      expect(col).toBeGreaterThanOrEqual(0);
      expect(col).toBeLessThan(jiangsu.columns);
      expect(row).toBeLessThan(jiangsu.rows);
    }
    const row = (id: string) => jiangsu.tiles[id]?.row ?? -1;
    const col = (id: string) => jiangsu.tiles[id]?.col ?? -1;
    // 苏北 and 苏中 north of the river, 苏南 south of it; Shanghai south of it too, east of Suzhou.
    for (const id of ['xuzhou', 'lianyungang', 'suqian', 'huaian', 'yancheng', 'yangzhou', 'taizhou', 'nantong']) expect(row(id), id).toBeLessThan(jiangsu.river);
    for (const id of ['nanjing', 'zhenjiang', 'changzhou', 'wuxi', 'suzhou']) expect(row(id), id).toBeGreaterThanOrEqual(jiangsu.river);
    const shanghai = jiangsu.across.shanghai;
    expect(shanghai?.row).toBeGreaterThanOrEqual(jiangsu.river);
    expect(shanghai?.col).toBeGreaterThan(col('suzhou'));
    // Nantong faces Suzhou across the river; Xuzhou is the far north-west.
    expect(col('nantong')).toBe(col('suzhou'));
    expect(row('xuzhou')).toBe(0);
    expect(col('xuzhou')).toBe(0);
    // The 苏南 band lies under the southern row and names a region of the graph.
    expect(jiangsu.groups?.[0]).toMatchObject({ id: 'sunan', nameZh: '苏南', row: jiangsu.river + 1 });
    // The river takes a grid row of its own: rows south of it move down one.
    expect(gridRow(jiangsu, row('nantong'))).toBe(3);
    expect(gridRow(jiangsu, row('suzhou'))).toBe(5);
  });

  it('keeps a laid-out city the graph lacks in place, named from the layout', () => {
    const present = new Set(['nantong', 'suzhou', 'wuxi', 'changzhou', 'nanjing', 'zhenjiang']);
    const ghosts = missingTiles(jiangsu, present);
    expect(ghosts.map((g) => g.item.id).sort()).toEqual(['huaian', 'lianyungang', 'suqian', 'taizhou', 'xuzhou', 'yancheng', 'yangzhou']);
    expect(ghosts.find((g) => g.item.id === 'xuzhou')).toMatchObject({ col: 0, row: 0, item: { nameZh: '徐州市', nameEn: 'Xuzhou' } });
    expect(missingTiles(undefined, present)).toEqual([]);
  });
});

describe('tile value classes', () => {
  it('gives small counts one class each, darker as they grow', () => {
    const classes = valueClasses([1, 2, 0, null]);
    expect(classes.map(classLabel)).toEqual(['0', '1', '2']);
    expect(new Set(classes.map((c) => c.fill)).size).toBe(3);
    expect(classOf(classes, 2)).toBe(classes[2]);
    expect(classOf(classes, null)).toBeNull();
  });

  it('bins larger counts into five ranges from the smallest to the largest value', () => {
    const classes = valueClasses([3, 12, 7]);
    expect(classes.map(classLabel)).toEqual(['3–4', '5–6', '7–8', '9–10', '11–12']);
    expect(classOf(classes, 12)?.max).toBe(12);
    expect(valueClasses([0, 24]).map(classLabel)).toEqual(['0–4', '5–9', '10–14', '15–19', '20–24']);
    // Counts close together (212–222 gaps) still get classes of their own.
    expect(valueClasses([212, 222, 216]).map(classLabel)).toEqual(['212–214', '215–217', '218–220', '221–222']);
    expect(valueClasses([]).map(classLabel)).toEqual(['0']);
  });

  it('rates scores and LQs on fixed ranges, each value in exactly one class', () => {
    const score = rangeClasses(SCORE_EDGES);
    expect(score.map(classLabel)).toEqual(['< 20', '20–40', '40–60', '60–80', '80–100']);
    expect(classOf(score, 19.9)).toBe(score[0]);
    expect(classOf(score, 20)).toBe(score[1]);
    expect(classOf(score, 100)).toBe(score[4]);
    const lq = rangeClasses(LQ_EDGES);
    expect(lq.map(classLabel)).toEqual(['< 0.5', '0.5–0.8', '0.8–1.25', '1.25–2', '≥ 2']);
    expect(classOf(lq, 1)).toBe(lq[2]);
    expect(classOf(lq, 2)).toBe(lq[4]);
    expect(classOf(lq, 7.5)).toBe(lq[4]);
    expect(new Set(lq.map((c) => c.fill)).size).toBe(5);
  });

  it('spreads score classes over the values shown, in whole numbers', () => {
    expect(spreadEdges([0.7, 4.5, 2.1, null])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(spreadEdges([4.1, 28.6, 12.9])).toEqual([4, 9, 14, 19, 24, 29]);
    expect(spreadEdges([null])).toEqual([0, 20, 40, 60, 80, 100]);
    const classes = rangeClasses(spreadEdges([0.7, 4.5]));
    expect(classes.map(classLabel)).toEqual(['< 1', '1–2', '2–3', '3–4', '4–5']);
    expect(classOf(classes, 0.7)).toBe(classes[0]);
    expect(classOf(classes, 4.5)).toBe(classes[4]);
  });
});
