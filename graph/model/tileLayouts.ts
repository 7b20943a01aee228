// Schematic tile positions (column, row; row 0 is north) for a city's counties, and where the partner
// regions sit across the Yangtze. Equal tiles, no geodata: neighbours only, as public descriptions give them.
// Nantong, by what each county's description says of its neighbours:
// - 如东: 南与通州区为邻，西与如皋市接壤，西北与海安市毗连，东面和北面濒临黄海
//   (http://m.yc-ky.net/ycky/如东/0)
// - 通州: 西南与崇川区相接，东南与海门为邻，北与如东县毗连，西北与如皋市接壤 (http://www.hjpbs.com/a/454516.html)
// - 如皋: 东部与如东县连接、南部与通州区相邻，北部与海安市接壤，与苏州市隔江相望
//   (https://shuomingshu.cn/changshi/197514.html)
// - 启东: 在江北大陆最东端，长江口北岸
//   (https://factpedia.org/index.php?mobileaction=toggle_view_mobile&title=%E5%90%AF%E4%B8%9C%E5%B8%82)
// - 海门: 东北濒临黄海，南靠长江，与上海市崇明岛隔江相望 (http://shiyan.nanjingpzly.cn/g/7/1624604)
// So Shanghai faces 海门 and 启东 across the river, and 苏南 (Suzhou) faces the western counties.

export interface TilePos {
  col: number;
  row: number;
}

export interface TileLayout {
  columns: number;
  /** Rows of county tiles north of the river. */
  rows: number;
  counties: Readonly<Record<string, TilePos>>;
  /** Partner regions south of the river: first column and how many columns the tile spans. */
  across: Readonly<Record<string, { col: number; span: number }>>;
}

export const TILE_LAYOUTS: Readonly<Record<string, TileLayout>> = {
  nantong: {
    columns: 4,
    rows: 3,
    counties: {
      'haian-city': { col: 0, row: 0 },
      'rudong-county': { col: 1, row: 0 },
      'rugao-city': { col: 0, row: 1 },
      'tongzhou-district': { col: 1, row: 1 },
      'chongchuan-district': { col: 0, row: 2 },
      'haimen-district': { col: 2, row: 2 },
      'qidong-city': { col: 3, row: 2 },
    },
    across: {
      sunan: { col: 0, span: 2 },
      shanghai: { col: 2, span: 2 },
    },
  },
};

export interface Placed<T> {
  item: T;
  col: number;
  row: number;
  span: number;
}

/**
 * Places the counties on the layout; one without a position (or a city with no layout) goes to the
 * extra rows below, in the order given, so no county is ever dropped.
 */
export function placeCounties<T>(layout: TileLayout | undefined, items: readonly T[], idOf: (item: T) => string): { placed: Placed<T>[]; unplaced: T[] } {
  const placed: Placed<T>[] = [];
  const unplaced: T[] = [];
  const taken = new Set<string>();
  for (const item of items) {
    const pos = layout?.counties[idOf(item)];
    const key = pos && `${pos.col},${pos.row}`;
    if (pos && key && !taken.has(key)) {
      taken.add(key);
      placed.push({ item, col: pos.col, row: pos.row, span: 1 });
    } else unplaced.push(item);
  }
  return { placed, unplaced };
}

/** Partner regions across the river: laid-out ones where the layout puts them, the rest after them. */
export function placeAcross<T>(layout: TileLayout | undefined, items: readonly T[], idOf: (item: T) => string): Placed<T>[] {
  const columns = layout?.columns ?? 4;
  const known = items.filter((item) => layout?.across[idOf(item)]);
  const rest = items.filter((item) => !layout?.across[idOf(item)]);
  const placed: Placed<T>[] = known.map((item) => {
    const at = layout?.across[idOf(item)] ?? { col: 0, span: 1 };
    return { item, col: at.col, row: 0, span: at.span };
  });
  rest.forEach((item, i) => placed.push({ item, col: i % columns, row: 1 + Math.floor(i / columns), span: 1 }));
  return placed;
}
