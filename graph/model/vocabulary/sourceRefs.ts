// How a sourceRef (where exactly a fact came from) reads in each language. A sourceRef may hold both
// languages, Chinese first: "南通市辖县（市）、区 / en: Counties and districts of Nantong". Older refs
// begin "domain knowledge: …", which only repeats the source kind shown beside them, so it is dropped.
// Section numbers of the policy document (三(四), 序言) read as 3(4) and "preamble" in English.
import type { SourceKind } from '../common';
import type { Names } from './names';

/** Between the Chinese and the English reading of a sourceRef. */
export const SOURCE_REF_EN = ' / en: ';

const KIND_PREFIX = /^\s*(?:domain knowledge|领域知识)\s*[:：]\s*/i;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** A sourceRef's two readings; a ref in one language has the same text in both. */
export function splitSourceRef(ref: string): Names {
  const at = ref.lastIndexOf(SOURCE_REF_EN);
  const zh = (at < 0 ? ref : ref.slice(0, at)).replace(KIND_PREFIX, '').trim();
  const en = (at < 0 ? ref : ref.slice(at + SOURCE_REF_EN.length)).replace(KIND_PREFIX, '').trim();
  return { zh, en };
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const DOCUMENT_WORDS: Record<string, string> = { 序言: 'preamble', 全文: 'whole document' };

/** "三(十二)" → "3(12)": a Chinese section number written with Arabic digits. */
function arabic(numeral: string): string {
  const chars = [...numeral];
  const digit = (i: number): number => NUMERALS[chars[i] ?? ''] ?? 0;
  if (chars.length === 1) return String(digit(0));
  if (chars[0] === '十') return String(10 + digit(1));
  return String(digit(0) * 10 + (chars[2] ? digit(2) : 0));
}

/** A document ref's section numbers and words in English, when nothing else is left in Chinese. */
function documentRefEn(ref: string): string {
  const english = ref
    .replace(/序言|全文/g, (word) => DOCUMENT_WORDS[word] ?? word)
    .replace(/[一二三四五六七八九十]+/g, arabic)
    .replace(/；/g, '; ')
    .replace(/（/g, ' (')
    .replace(/）/g, ')');
  return HAN.test(english) ? ref : english;
}

/** The sourceRef as a reader of the language sees it. */
export function sourceRefText(kind: SourceKind | (string & {}), ref: string, lang: keyof Names): string {
  const names = splitSourceRef(ref);
  if (lang === 'zh') return names.zh;
  return kind === 'document' && names.en === names.zh ? documentRefEn(names.en) : names.en;
}
