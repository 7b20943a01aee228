// Is a text in one language? Chinese outputs may hold Latin names and codes but no English sentence;
// English outputs hold no Han script. Used by tests/unit/languages.test.ts and tests/api/languages.test.ts.

/**
 * Latin phrases a Chinese text may hold, and why: "CSV UTF-8" is the name Excel gives the file type in
 * its Save As list (also in Chinese Excel), so the import error quotes it for the user to find verbatim.
 */
export const ZH_LATIN_ALLOWED: readonly string[] = ['CSV UTF-8'];

/** One Latin word: letters, then letters, digits and the marks that stay inside names and codes. */
const WORD = String.raw`[A-Za-z][A-Za-z0-9'’&._/+-]*`;
/** Two or more Latin words with only spaces between: the start of an English sentence. */
const LATIN_PHRASE = new RegExp(`${WORD}(?: +${WORD})+`, 'g');
const HAN = /[\p{Script=Han}]+/gu;

/** English phrases in a Chinese text, each with a little context; the allowed ones left out. */
export function latinPhrases(text: string, allowed: readonly string[] = ZH_LATIN_ALLOWED): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(LATIN_PHRASE)) {
    if (allowed.some((phrase) => phrase.includes(match[0]))) continue;
    found.push(`${match[0]}  ← «${context(text, match.index, match[0].length)}»`);
  }
  return found;
}

/** Han runs in an English text, each with a little context. */
export function hanRuns(text: string): string[] {
  return [...text.matchAll(HAN)].map((m) => `${m[0]}  ← «${context(text, m.index, m[0].length)}»`);
}

function context(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 30), at + length + 30).replace(/\s+/g, ' ');
}

/** The words a reader sees in an HTML page: text, alt and title attributes; no styles or markup. */
export function visibleText(html: string): string {
  const attributes = [...html.matchAll(/\s(?:alt|title|aria-label)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const body = html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, '\n');
  return decode([body, ...attributes].join('\n'));
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The readable parts of an API error body: the messages and every detail's reasons, by language. */
export function errorTexts(body: unknown): { en: string[]; zh: string[] } {
  const error = (body as { error?: { message?: string; messageZh?: string; details?: { reason?: string; reasonZh?: string }[] } }).error;
  const details = error?.details ?? [];
  return {
    en: [error?.message ?? '', ...details.map((d) => d.reason ?? '')],
    zh: [error?.messageZh ?? '', ...details.map((d) => d.reasonZh ?? '')],
  };
}
