// Property values and names of the detail panel in the reader's language.
import { SIX_ONES_SLOTS, type SixOnesSlot } from '../../../../graph/model';
import type { LangApi } from '../../i18n/lang';
import { VALUE_NAMES } from '../../i18n/strings';

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function propertyValue(value: unknown, lang: LangApi): string {
  if (typeof value === 'boolean') return value ? lang.pick('是', 'yes') : lang.pick('否', 'no');
  if (Array.isArray(value)) return value.map((v) => propertyValue(v, lang)).join(lang.pick('、', ', '));
  if (typeof value === 'string' && VALUE_NAMES[value]) return lang.pick(VALUE_NAMES[value].zh, VALUE_NAMES[value].en);
  if (typeof value === 'string' && (SIX_ONES_SLOTS as readonly string[]).includes(value)) return lang.slotName(value as SixOnesSlot);
  return String(value);
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Other names in the reader's language (the other language's when it has none), for the "又称" line. */
export function aliasesOf(properties: Record<string, unknown>, lang: LangApi): string[] {
  const zh = texts(properties.aliasesZh);
  const en = texts(properties.aliasesEn);
  const [own, other] = lang.lang === 'zh' ? [zh, en] : [en, zh];
  return own.length > 0 ? own : other;
}
