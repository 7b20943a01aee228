// An industry's score from 0 to 100, as a sum of named parts (weights from the configuration, scaled
// so they add up to 100). Pure: unit-tested without a database. Nothing recorded scores nothing: a part
// with no links or no needed fields recorded gets 0, and its detail says why.
import {
  SIX_ONES_NAMES,
  SLOT_STATUS_NAMES,
  type GapConfig,
  type IndustryScore,
  type MatrixCell,
  type Names,
  type ScorePartKey,
  type SixOnesSlot,
} from '../../graph/model';

export interface ScoreInput {
  cells: Record<SixOnesSlot, MatrixCell>;
  /** 0..1 for the platforms slot (a partial set earns part of it). */
  platformFraction: number;
  links: { total: number; withLocalFirm: number; sound: number };
  fields: { needed: number; covered: number };
  partners: number;
}

const PART_LABELS: Record<ScorePartKey, Names> = {
  ...SIX_ONES_NAMES,
  chainCoverage: { zh: '环节有本地企业', en: 'Links with a local firm' },
  chainStrength: { zh: '环节稳固（多家企业且有创新支撑）', en: 'Sound links (several firms, innovation support)' },
  innovation: { zh: '所需技术有本地研发力量', en: 'Needed technology researched locally' },
  partner: { zh: '有沪苏合作伙伴', en: 'Cross-river partner' },
};

interface PartValue {
  fraction: number;
  detailZh: string;
  detailEn: string;
}

function share(part: number, whole: number, zh: string, en: string, noneZh: string, noneEn: string): PartValue {
  if (whole === 0) return { fraction: 0, detailZh: noneZh, detailEn: noneEn };
  return { fraction: part / whole, detailZh: `${part}/${whole} ${zh}`, detailEn: `${part}/${whole} ${en}` };
}

export function partValues(input: ScoreInput): Record<ScorePartKey, PartValue> {
  const slot = (s: SixOnesSlot): PartValue => {
    const cell = input.cells[s];
    const fraction = s === 'platforms' ? input.platformFraction : cell.status === 'filled' ? 1 : 0;
    return { fraction, detailZh: SLOT_STATUS_NAMES[cell.status].zh, detailEn: SLOT_STATUS_NAMES[cell.status].en };
  };
  return {
    plan: slot('plan'),
    leadFirm: slot('leadFirm'),
    innovationCentre: slot('innovationCentre'),
    alliance: slot('alliance'),
    fund: slot('fund'),
    platforms: slot('platforms'),
    chainCoverage: share(input.links.withLocalFirm, input.links.total, '个环节有本地企业', 'links have a local firm', '未记录产业链环节', 'no chain links recorded'),
    chainStrength: share(input.links.sound, input.links.total, '个环节稳固', 'links are sound', '未记录产业链环节', 'no chain links recorded'),
    innovation: share(
      input.fields.covered,
      input.fields.needed,
      '个所需技术领域有本地研发力量',
      'needed fields researched locally',
      '未记录所需技术领域',
      'no needed technology fields recorded',
    ),
    partner:
      input.partners > 0
        ? { fraction: 1, detailZh: `${input.partners} 个合作关系`, detailEn: `${input.partners} partnership${input.partners === 1 ? '' : 's'}` }
        : { fraction: 0, detailZh: '未记录', detailEn: 'none recorded' },
  };
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function industryScore(input: ScoreInput, weights: GapConfig['scoreWeights']): IndustryScore {
  const values = partValues(input);
  const keys = Object.keys(PART_LABELS) as ScorePartKey[];
  const weightSum = keys.reduce((sum, k) => sum + weights[k], 0);
  const parts = keys.map((key) => {
    const weight = weightSum === 0 ? 0 : (weights[key] * 100) / weightSum;
    const { fraction, detailZh, detailEn } = values[key];
    return {
      key,
      labelZh: PART_LABELS[key].zh,
      labelEn: PART_LABELS[key].en,
      weight: round(weight, 2),
      fraction: round(fraction, 4),
      points: round(weight * fraction, 2),
      detailZh,
      detailEn,
    };
  });
  const total = round(
    keys.reduce((sum, key) => sum + (weightSum === 0 ? 0 : (weights[key] * 100 * values[key].fraction) / weightSum), 0),
    1,
  );
  return { total, parts };
}
