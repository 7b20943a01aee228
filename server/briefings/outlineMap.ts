// The briefing's map: the briefed city's counties as a tile map coloured by their average six-ones score
// (GET /api/regions/:id/map's data, so the briefing and the explorer show the same figures). A county
// briefing shows its city's map with the county framed; a region with no mapped children shows none.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import type { RegionMap } from '../../graph/model/regionMap';
import { TILE_LAYOUTS } from '../../graph/model/tileLayouts';
import { readFirst } from '../gaps/read';
import { regionMap } from '../regions/map';
import { renderMapSvg } from './mapSvg';
import type { Block } from './outlineBlocks';
import type { Briefing, BriefingLang } from './types';

export interface BriefingMap {
  map: RegionMap;
  /** The briefed region when it is one of the tiles (a county briefing). */
  highlight?: string;
}

const PARENT = `MATCH (:Region {id: $id})-[:PART_OF]->(p:Region) WHERE coalesce(p.kind, '') <> 'partner-region' RETURN p.id AS id ORDER BY p.id LIMIT 1`;

/** The map of the region's children, or of its parent's with it framed when it has none; null when neither has any. */
export async function loadBriefingMap(db: Database, regionId: string, now: Date): Promise<BriefingMap | null> {
  const own = await regionMap(db, { id: regionId, measure: 'score' }, now);
  if (own && own.children.length > 0) return { map: own };
  const parent = await db.read(async (tx) => readFirst(await tx.run(PARENT, { id: regionId }), z.object({ id: z.string() }))?.id);
  const up = parent ? await regionMap(db, { id: parent, measure: 'score' }, now) : null;
  return up && up.children.some((c) => c.region.id === regionId) ? { map: up, highlight: regionId } : null;
}

const TEXT = {
  zh: {
    heading: '下辖地区得分示意图',
    caption: (city: string) => `${city}下辖地区“六个一”平均得分示意图（等大方块按相对方位排列，不表示面积或边界；各地区得分由缺口引擎以该地区为范围计算）`,
    alt: (city: string) => `${city}下辖地区得分示意图`,
  },
  en: {
    heading: 'The counties by score',
    caption: (city: string) =>
      `Average six-ones score of the regions within ${city} (schematic: equal tiles placed by their neighbours, not by area or borders; each score is the gap engine's with that region as the scope)`,
    alt: (city: string) => `Map of the regions within ${city} by score`,
  },
} satisfies Record<BriefingLang, unknown>;

/** A heading and the map as a diagram block, drawn like the chain diagrams in HTML, PDF and Word. */
export function mapBlocks(briefing: Briefing): Block[] {
  const data = briefing.map;
  if (!data) return [];
  const { lang } = briefing;
  const text = TEXT[lang];
  const city = lang === 'en' ? data.map.region.nameEn : data.map.region.nameZh;
  const layout = TILE_LAYOUTS[data.map.region.id];
  const across = Object.keys(layout?.across ?? {}).map((id) => ({ id, ...(layout?.names?.[id] ?? { nameZh: id, nameEn: id }) }));
  return [
    { kind: 'heading', level: 2, text: text.heading },
    // Tiles stay legible at under half the width, and the drawing then shares its page with the score table.
    { kind: 'diagram', diagram: renderMapSvg(data.map, lang, across, text.alt(city), data.highlight), caption: text.caption(city), alt: text.alt(city), widthPercent: 45 },
  ];
}
