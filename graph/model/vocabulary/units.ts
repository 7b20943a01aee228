// Names of the units targets and measurements are stated in. The policy document writes them in
// Chinese (亿元, 家, 项); an English reader gets English units, and counters (个, 家, 项, 件) need no word in
// English: the indicator's name says what is counted.
import type { Names } from './names';

/** Stored unit → its name in each language. An English name of '' means the number stands alone. */
export const UNIT_NAMES: Record<string, Names> = {
  '%': { zh: '%', en: '%' },
  亿元: { zh: '亿元', en: '100 million yuan' },
  万元: { zh: '万元', en: '10,000 yuan' },
  元: { zh: '元', en: 'yuan' },
  亿美元: { zh: '亿美元', en: '100 million US dollars' },
  万人: { zh: '万人', en: '10,000 people' },
  人: { zh: '人', en: 'people' },
  '件/万人': { zh: '件/万人', en: 'per 10,000 people' },
  个: { zh: '个', en: '' },
  家: { zh: '家', en: '' },
  项: { zh: '项', en: '' },
  件: { zh: '件', en: '' },
  平方公里: { zh: '平方公里', en: 'km²' },
  公里: { zh: '公里', en: 'km' },
};

/** What a counter unit (个, 家, 项, 件) is called where a unit must be named on its own, as in the detail panel. */
export const COUNT_UNIT_NAMES: Names = { zh: '个数', en: 'count' };

/** A unit named on its own: a counter, which has no English word, is called a count. */
export function unitLabel(unit: string, lang: keyof Names): string {
  return unitName(unit, lang) || COUNT_UNIT_NAMES[lang];
}

/** A unit's name in a language; a unit the vocabulary does not know is shown as stored. */
export function unitName(unit: string, lang: keyof Names): string {
  return Object.hasOwn(UNIT_NAMES, unit) ? UNIT_NAMES[unit]![lang] : unit;
}

/** Units Chinese counts in 万 (10^4) or 亿 (10^8): English states the amount itself, in millions or billions. */
const SCALED_EN: Record<string, { factor: number; unit: string }> = {
  亿元: { factor: 1e8, unit: 'yuan' },
  万元: { factor: 1e4, unit: 'yuan' },
  亿美元: { factor: 1e8, unit: 'US dollars' },
  万人: { factor: 1e4, unit: 'people' },
};

const EN_NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** 7800 亿元 → "780 billion yuan"; 50 万人 → "500,000 people". Undefined for a value that is not a plain number. */
function scaledEnglish(value: string, unit: string): string | undefined {
  const scale = Object.hasOwn(SCALED_EN, unit) ? SCALED_EN[unit] : undefined;
  const amount = Number(value);
  if (!scale || value.trim() === '' || !Number.isFinite(amount)) return undefined;
  const total = amount * scale.factor;
  if (Math.abs(total) >= 1e9) return `${EN_NUMBER.format(total / 1e9)} billion ${scale.unit}`;
  if (Math.abs(total) >= 1e6) return `${EN_NUMBER.format(total / 1e6)} million ${scale.unit}`;
  return `${EN_NUMBER.format(total)} ${scale.unit}`;
}

/** A value with its unit: "7800亿元" and "2.7%" in Chinese; "780 billion yuan", "2.7%", "15" in English. */
export function valueWithUnit(value: string, unit: string, lang: keyof Names): string {
  if (lang === 'en') {
    const scaled = scaledEnglish(value, unit);
    if (scaled) return scaled;
  }
  const name = unitName(unit, lang);
  const tight = lang === 'zh' || name === '' || name.startsWith('%');
  return `${value}${tight ? '' : ' '}${name}`;
}
