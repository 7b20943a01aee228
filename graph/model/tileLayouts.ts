// Schematic tile positions (column, row; row 0 is north) for the maps of a city's counties and of the
// province's cities, with where the Yangtze runs and the regions drawn across it. Equal tiles, no
// geodata: neighbours only, as public descriptions give them. Shared by the explorer's map and the
// briefings' SVG (server/briefings/mapSvg.ts), so both draw the same places.
//
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
//
// Jiangsu's 13 prefecture cities, by the seats' rough longitude (columns, west to east) and latitude
// (rows, north to south), the Yangtze between 苏中 and 苏南: 徐州 far north-west, 连云港 on the northern
// coast; 宿迁, 淮安, 盐城 below; 扬州, 泰州, 南通 on the north bank; 南京, 镇江, 常州, 无锡, 苏州 along the
// south bank west to east, so 泰州 faces 无锡 (靖江–江阴) and 南通 faces 苏州, with 上海 across the river
// east of 苏州. Seats' coordinates as in any atlas (e.g. 徐州 34.3°N 117.2°E, 苏州 31.3°N 120.6°E).

export interface TilePos {
  col: number;
  row: number;
}

/** A band of text under a row of tiles naming the group they form (苏南). */
export interface TileGroup {
  /** A region page to open when the group is a region in the graph. */
  id?: string;
  nameZh: string;
  nameEn: string;
  row: number;
  col: number;
  span: number;
}

export interface TileLayout {
  columns: number;
  /** Rows of tiles (north to south), the river's band not counted. */
  rows: number;
  /** The river runs just north of this row. */
  river: number;
  /** Child regions (counties of a city, cities of a province). */
  tiles: Readonly<Record<string, TilePos>>;
  /** Names of laid-out tiles, shown (as "no data") when the graph has no such region. */
  names?: Readonly<Record<string, { nameZh: string; nameEn: string }>>;
  /** Regions across the river that are not children (partners): outlined, never coloured. */
  across: Readonly<Record<string, TilePos & { span: number }>>;
  groups?: readonly TileGroup[];
}

export const TILE_LAYOUTS: Readonly<Record<string, TileLayout>> = {
  nantong: {
    columns: 4,
    rows: 4,
    river: 3,
    tiles: {
      'haian-city': { col: 0, row: 0 },
      'rudong-county': { col: 1, row: 0 },
      'rugao-city': { col: 0, row: 1 },
      'tongzhou-district': { col: 1, row: 1 },
      'chongchuan-district': { col: 0, row: 2 },
      'haimen-district': { col: 2, row: 2 },
      'qidong-city': { col: 3, row: 2 },
    },
    across: {
      sunan: { col: 0, row: 3, span: 2 },
      shanghai: { col: 2, row: 3, span: 2 },
    },
    names: {
      sunan: { nameZh: '苏南', nameEn: 'Southern Jiangsu' },
      shanghai: { nameZh: '上海', nameEn: 'Shanghai' },
    },
  },
  jiangsu: {
    columns: 6,
    rows: 5,
    river: 3,
    tiles: {
      xuzhou: { col: 0, row: 0 },
      lianyungang: { col: 2, row: 0 },
      suqian: { col: 1, row: 1 },
      huaian: { col: 2, row: 1 },
      yancheng: { col: 3, row: 1 },
      yangzhou: { col: 2, row: 2 },
      taizhou: { col: 3, row: 2 },
      nantong: { col: 4, row: 2 },
      nanjing: { col: 0, row: 3 },
      zhenjiang: { col: 1, row: 3 },
      changzhou: { col: 2, row: 3 },
      wuxi: { col: 3, row: 3 },
      suzhou: { col: 4, row: 3 },
    },
    names: {
      xuzhou: { nameZh: '徐州市', nameEn: 'Xuzhou' },
      lianyungang: { nameZh: '连云港市', nameEn: 'Lianyungang' },
      suqian: { nameZh: '宿迁市', nameEn: 'Suqian' },
      huaian: { nameZh: '淮安市', nameEn: "Huai'an" },
      yancheng: { nameZh: '盐城市', nameEn: 'Yancheng' },
      yangzhou: { nameZh: '扬州市', nameEn: 'Yangzhou' },
      taizhou: { nameZh: '泰州市', nameEn: 'Taizhou' },
      nantong: { nameZh: '南通市', nameEn: 'Nantong' },
      nanjing: { nameZh: '南京市', nameEn: 'Nanjing' },
      zhenjiang: { nameZh: '镇江市', nameEn: 'Zhenjiang' },
      changzhou: { nameZh: '常州市', nameEn: 'Changzhou' },
      wuxi: { nameZh: '无锡市', nameEn: 'Wuxi' },
      suzhou: { nameZh: '苏州市', nameEn: 'Suzhou' },
      shanghai: { nameZh: '上海', nameEn: 'Shanghai' },
    },
    across: { shanghai: { col: 5, row: 3, span: 1 } },
    groups: [{ id: 'sunan', nameZh: '苏南', nameEn: 'Southern Jiangsu', row: 4, col: 0, span: 5 }],
  },
};

export interface Placed<T> {
  item: T;
  col: number;
  row: number;
  span: number;
}

/** The CSS grid row (1-based) of a tile row: rows south of the river move down one for its band. */
export function gridRow(layout: TileLayout | undefined, row: number): number {
  return row + 1 + (layout && row >= layout.river ? 1 : 0);
}

/**
 * Places the children on the layout; one without a position (or a region with no layout) goes to the
 * extra rows below, in the order given, so no region is ever dropped.
 */
export function placeTiles<T>(layout: TileLayout | undefined, items: readonly T[], idOf: (item: T) => string): { placed: Placed<T>[]; unplaced: T[] } {
  const placed: Placed<T>[] = [];
  const unplaced: T[] = [];
  const taken = new Set<string>();
  for (const item of items) {
    const pos = layout?.tiles[idOf(item)];
    const key = pos && `${pos.col},${pos.row}`;
    if (pos && key && !taken.has(key)) {
      taken.add(key);
      placed.push({ item, col: pos.col, row: pos.row, span: 1 });
    } else unplaced.push(item);
  }
  return { placed, unplaced };
}

/** Laid-out tiles the graph has no region for: drawn in place, named from the layout, as "no data". */
export function missingTiles(layout: TileLayout | undefined, presentIds: ReadonlySet<string>): Placed<{ id: string; nameZh: string; nameEn: string }>[] {
  if (!layout) return [];
  return Object.entries(layout.tiles)
    .filter(([id]) => !presentIds.has(id))
    .map(([id, pos]) => {
      const name = layout.names?.[id] ?? { nameZh: id, nameEn: id };
      return { item: { id, ...name }, col: pos.col, row: pos.row, span: 1 };
    });
}

/** Regions across the river: laid-out ones where the layout puts them, the rest in rows after the last. */
export function placeAcross<T>(layout: TileLayout | undefined, items: readonly T[], idOf: (item: T) => string): Placed<T>[] {
  const columns = layout?.columns ?? 4;
  const rows = layout?.rows ?? 0;
  const known = items.filter((item) => layout?.across[idOf(item)]);
  const rest = items.filter((item) => !layout?.across[idOf(item)]);
  const placed: Placed<T>[] = known.map((item) => {
    const at = layout?.across[idOf(item)] ?? { col: 0, row: rows, span: 1 };
    return { item, col: at.col, row: at.row, span: at.span };
  });
  rest.forEach((item, i) => placed.push({ item, col: i % columns, row: rows + Math.floor(i / columns), span: 1 }));
  return placed;
}
