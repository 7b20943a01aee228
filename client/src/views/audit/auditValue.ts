// A snapshot field's value as a reader of the interface language sees it: enum values, roles, source
// kinds and 六个一 slots by name, booleans as yes/no, times in local form, lists joined.
import { auditFieldName, ROLE_NAMES, SIX_ONES_SLOTS, sourceRefText, VALUE_NAMES, type SixOnesSlot } from '../../../../graph/model';
import type { LangApi } from '../../i18n/lang';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
/** A user edit's sourceRef (server/edit/provenance.ts): "user:<username>@<ISO time>". */
const USER_REF = /^user:(.+)@(\d{4}-[^@]+Z)$/;

function time(value: string, lang: LangApi): string {
  return new Intl.DateTimeFormat(lang.lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(value));
}
const ROLES: Record<string, { zh: string; en: string } | undefined> = ROLE_NAMES;

/** A key inside a nested value: a field's name, else a node label's (a bulk load counts by label). */
function nestedName(key: string, lang: LangApi): string {
  const name = auditFieldName(key, lang.lang);
  return name === key ? lang.labelName(key) : name;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `snapshot` is the record the value sits in: a sourceRef reads differently by its sourceKind. */
export function auditValue(key: string, value: unknown, lang: LangApi, snapshot: Record<string, unknown> = {}): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return lang.t(value ? 'yes' : 'no');
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => auditValue(key, v, lang)).join(lang.pick('、', ', '));
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${nestedName(k, lang)}${lang.pick('：', ': ')}${auditValue(k, v, lang, value)}`)
      .join(lang.pick('；', '; '));
  }
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'string') return '—';
  if (key === 'sourceKind') return lang.sourceName(value);
  const userRef = key === 'sourceRef' ? USER_REF.exec(value) : null;
  if (userRef?.[1] && userRef[2]) return `${userRef[1]} · ${time(userRef[2], lang)}`;
  if (key === 'sourceRef') return sourceRefText(typeof snapshot.sourceKind === 'string' ? snapshot.sourceKind : '', value, lang.lang);
  const role = key === 'role' ? ROLES[value] : undefined;
  if (role) return lang.pick(role.zh, role.en);
  const named = VALUE_NAMES[value];
  if (named) return lang.pick(named.zh, named.en);
  if ((SIX_ONES_SLOTS as readonly string[]).includes(value)) return lang.slotName(value as SixOnesSlot);
  if (INSTANT.test(value)) return time(value, lang);
  return value;
}
