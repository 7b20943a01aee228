// The synthetic province's cities, named after Jiangsu's thirteen prefecture-level cities in their
// official order (administrative codes 3201–3213), so a demo reads like a real province. Everything
// about them is made up: names carry 示例 / "Sample", and the firm weights are invented, roughly in the
// order of the cities' economies, not data. The one place that ties a synthetic id to a real city: a
// province tile map can place `syn-cNN` by `slug` (the real city's usual id, as seeds/nantong has
// `nantong`). No imports, so any tree may read it.

export interface SyntheticCity {
  /** Region id in the synthetic graph. */
  id: string;
  /** The real city it is named after (lower-case pinyin, the id seeds use for it). */
  slug: string;
  zh: string;
  en: string;
  /** Relative share of the province's local firms (made up). */
  firmWeight: number;
}

export const SYNTHETIC_CITIES: readonly SyntheticCity[] = [
  { id: 'syn-c01', slug: 'nanjing', zh: '南京', en: 'Nanjing', firmWeight: 1.3 },
  { id: 'syn-c02', slug: 'wuxi', zh: '无锡', en: 'Wuxi', firmWeight: 1.1 },
  { id: 'syn-c03', slug: 'xuzhou', zh: '徐州', en: 'Xuzhou', firmWeight: 0.7 },
  { id: 'syn-c04', slug: 'changzhou', zh: '常州', en: 'Changzhou', firmWeight: 0.8 },
  { id: 'syn-c05', slug: 'suzhou', zh: '苏州', en: 'Suzhou', firmWeight: 1.9 },
  { id: 'syn-c06', slug: 'nantong', zh: '南通', en: 'Nantong', firmWeight: 0.9 },
  { id: 'syn-c07', slug: 'lianyungang', zh: '连云港', en: 'Lianyungang', firmWeight: 0.35 },
  { id: 'syn-c08', slug: 'huaian', zh: '淮安', en: "Huai'an", firmWeight: 0.4 },
  { id: 'syn-c09', slug: 'yancheng', zh: '盐城', en: 'Yancheng', firmWeight: 0.55 },
  { id: 'syn-c10', slug: 'yangzhou', zh: '扬州', en: 'Yangzhou', firmWeight: 0.55 },
  { id: 'syn-c11', slug: 'zhenjiang', zh: '镇江', en: 'Zhenjiang', firmWeight: 0.45 },
  { id: 'syn-c12', slug: 'taizhou', zh: '泰州', en: 'Taizhou', firmWeight: 0.55 },
  { id: 'syn-c13', slug: 'suqian', zh: '宿迁', en: 'Suqian', firmWeight: 0.3 },
];

/** The c-th city (1-based); past the thirteenth, a numbered sample city of average weight. */
export function syntheticCity(c: number): SyntheticCity {
  const known = SYNTHETIC_CITIES[c - 1];
  if (known) return known;
  const nn = String(c).padStart(2, '0');
  return { id: `syn-c${nn}`, slug: `sample-${nn}`, zh: `${nn}号`, en: `No. ${nn}`, firmWeight: 0.7 };
}
