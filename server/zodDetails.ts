// Turns zod issues into error details: an English reason and a Chinese one that says the same, limits
// included. zod's own messages are English, so the Chinese is made from the issue's code and data; our
// own messages are written "english (中文)" and split, so neither language carries the other.
import type { z } from 'zod';
import type { ErrorDetail } from './errors';

const ZH_BY_CODE: Record<string, string> = {
  invalid_type: '类型不正确',
  too_small: '值过小或过短',
  too_big: '值过大或过长',
  invalid_format: '格式不正确',
  invalid_value: '取值不在允许范围内',
  unrecognized_keys: '包含不认识的字段',
  invalid_union: '不符合任何允许的形式',
  invalid_key: '键名不正确',
  invalid_element: '包含不正确的元素',
  not_multiple_of: '不是要求的倍数',
  custom: '不符合要求',
};

/** zod's string formats, as a Chinese reader is told what to write. */
const ZH_BY_FORMAT: Record<string, string> = {
  email: '应为电子邮件地址',
  url: '应为网址',
  uuid: '应为 UUID',
  date: '应为日期（YYYY-MM-DD）',
  datetime: '应为 ISO 8601 日期时间',
  time: '应为时间（HH:MM:SS）',
  starts_with: '开头不正确',
  ends_with: '结尾不正确',
  includes: '缺少应包含的内容',
};

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * A message of ours, "english (中文)", split into its two languages; a message without a Chinese part
 * (zod's own) has only English.
 */
export function splitBilingual(message: string): { en: string; zh: string | null } {
  const match = /^(.*?)\s*[(（]([^()（）]*)[)）]\s*$/s.exec(message);
  if (match && HAN.test(match[2] ?? '') && !HAN.test(match[1] ?? '')) return { en: match[1] ?? '', zh: match[2] ?? '' };
  if (HAN.test(message)) return { en: '', zh: message };
  return { en: message, zh: null };
}

/** zod drops the input from issues, but says "received undefined" when a value is missing. */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
}

function tooSmallZh(issue: z.core.$ZodIssueTooSmall): string {
  const limit = String(issue.minimum);
  if (issue.origin === 'string') return limit === '1' ? '不能为空' : `至少 ${limit} 个字符`;
  if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${limit} 项`;
  return issue.inclusive === false ? `应大于 ${limit}` : `应不小于 ${limit}`;
}

function tooBigZh(issue: z.core.$ZodIssueTooBig): string {
  const limit = String(issue.maximum);
  if (issue.origin === 'string') return `最多 ${limit} 个字符`;
  if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${limit} 项`;
  return issue.inclusive === false ? `应小于 ${limit}` : `应不大于 ${limit}`;
}

function reasonZh(issue: z.core.$ZodIssue): string {
  const own = splitBilingual(issue.message).zh;
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue) ? '必填' : `类型不正确，应为 ${issue.expected}`;
    case 'too_small':
      return own ?? tooSmallZh(issue);
    case 'too_big':
      return own ?? tooBigZh(issue);
    case 'invalid_value':
      return `取值应为 ${issue.values.map((v) => String(v)).join('、')} 之一`;
    case 'unrecognized_keys':
      return `包含不认识的字段：${issue.keys.join('、')}`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'invalid_format':
      return own ?? ZH_BY_FORMAT[issue.format] ?? ZH_BY_CODE.invalid_format!;
    default:
      return own ?? ZH_BY_CODE[issue.code] ?? ZH_BY_CODE.custom!;
  }
}

function reasonEn(issue: z.core.$ZodIssue): string {
  if (isMissing(issue)) return 'required';
  return splitBilingual(issue.message).en || 'is not valid';
}

/** One issue's reason in English and in Chinese. */
export function issueReasons(issue: z.core.$ZodIssue): { reason: string; reasonZh: string } {
  return { reason: reasonEn(issue), reasonZh: reasonZh(issue) };
}

export function zodIssuesToDetails(issues: readonly z.core.$ZodIssue[], prefix?: string): ErrorDetail[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)));
    const field = [prefix, ...path].filter(Boolean).join('.').replace(/\.\[/g, '[') || prefix || '(root)';
    return { field, ...issueReasons(issue) };
  });
}
