// The region tile map's pure parts: placing counties on a city's layout (an unplaced one is never dropped)
// and the value classes behind its colours and legend.
import { describe, expect, it } from 'vitest';
import { placeAcross, placeCounties, TILE_LAYOUTS } from '../../client/src/views/regions/tileLayouts';
import { classLabel, classOf, valueClasses } from '../../client/src/views/regions/tileScale';

const nantong = TILE_LAYOUTS.nantong;

describe('tile layout', () => {
  it('places laid-out counties and sends one without a position to the row below', () => {
    const ids = ['haian-city', 'gangzha-district', 'qidong-city', 'new-district'];
    const { placed, unplaced } = placeCounties(nantong, ids, (id) => id);
    expect(placed.map((p) => [p.item, p.col, p.row])).toEqual([
      ['haian-city', 0, 0],
      ['qidong-city', 3, 2],
    ]);
    expect(unplaced).toEqual(['gangzha-district', 'new-district']);
  });

  it('places every county below when the city has no layout, and the partners across the river', () => {
    expect(placeCounties(undefined, ['a', 'b'], (id) => id)).toEqual({ placed: [], unplaced: ['a', 'b'] });
    const across = placeAcross(nantong, ['shanghai', 'zhongguancun', 'sunan'], (id) => id);
    expect(across.map((p) => [p.item, p.col, p.row, p.span])).toEqual([
      ['shanghai', 2, 0, 2],
      ['sunan', 0, 0, 2],
      ['zhongguancun', 0, 1, 1],
    ]);
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

  it('bins larger counts into five ranges from 0 that cover the largest value', () => {
    const classes = valueClasses([3, 12, 7]);
    expect(classes.map(classLabel)).toEqual(['0–2', '3–5', '6–8', '9–11', '12']);
    expect(classOf(classes, 12)?.max).toBe(12);
    expect(valueClasses([]).map(classLabel)).toEqual(['0']);
  });
});
