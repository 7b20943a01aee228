// A small Cypher tokeniser for the console's guard: it finds comments, strings, quoted names and
// brackets the way Neo4j's lexer does, so the guard can measure nesting before any parser runs and
// hand Neo4j a text without comments (nothing can then hide in a comment whose end two lexers see
// differently). One pass over the text, O(n); no regular expression runs over untrusted input.

/**
 * Every line terminator. Neo4j 5.26 ends a `//` comment at \n and \r only (measured: the rest of the
 * line after U+2028 stays a comment there); the guard ends it at all of them, so nothing after one
 * escapes the checks, and then removes the comment, so Neo4j and the checks read the same text.
 */
export const LINE_TERMINATORS = new Set(['\n', '\r', '\u0085', '\u2028', '\u2029']);

export type TokenKind =
  | 'space'
  | 'comment'
  | 'string'
  /** A `backtick quoted` name. */
  | 'quotedName'
  | 'open'
  | 'close'
  | 'semicolon'
  /** A word: letters, digits, `_`, `$` (keywords, names, numbers, parameters). */
  | 'word'
  /** Any other character (operators, dots, colons, commas). */
  | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Offset of the first character in the text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

export interface TokeniseProblem {
  offset: number;
  reason: string;
  reasonZh: string;
}

export interface Tokenised {
  tokens: Token[];
  /** Set when a string, quoted name or block comment is not closed, or an escape is ambiguous. */
  problem?: TokeniseProblem;
}

const isSpace = (c: string): boolean => /\s/u.test(c) || LINE_TERMINATORS.has(c);
const isWordChar = (c: string): boolean => /[\p{L}\p{N}\p{M}_$]/u.test(c);

/** `\uXXXX` (Java allows several u's): Neo4j decodes these before it lexes, even inside strings and quoted names. */
const UNICODE_ESCAPE = /\\u+([0-9a-fA-F]{4})/g;
/** Characters that end a string or name, or escape: decoded from `\uXXXX` they would move a token boundary in Neo4j only. */
const BOUNDARY_CHARACTERS = new Set(["'", '"', '`', '\\']);

function ambiguousEscape(text: string): string | undefined {
  for (const match of text.matchAll(UNICODE_ESCAPE)) {
    const decoded = String.fromCharCode(parseInt(match[1] ?? '0', 16));
    if (BOUNDARY_CHARACTERS.has(decoded)) return match[0];
  }
  return undefined;
}

/** Splits Cypher text into tokens. Stops at the first problem (unclosed string or comment, ambiguous escape). */
export function tokenise(text: string): Tokenised {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number): void => {
    tokens.push({ kind, start, end, text: text.slice(start, end) });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      let j = i + 2;
      while (j < text.length && !LINE_TERMINATORS.has(text[j] as string)) j += 1;
      push('comment', i, j);
      i = j;
    } else if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) return { tokens, problem: unclosed(i, 'comment') };
      push('comment', i, close + 2);
      i = close + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return { tokens, problem: unclosed(i, 'string') };
      push('string', i, j + 1);
      const escape = ambiguousEscape(text.slice(i, j + 1));
      if (escape) return { tokens, problem: escapeProblem(i, escape, true) };
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      // A doubled backtick is a backtick inside the name.
      while (j < text.length && !(text[j] === '`' && text[j + 1] !== '`')) j += text[j] === '`' ? 2 : 1;
      if (j >= text.length) return { tokens, problem: unclosed(i, 'quotedName') };
      push('quotedName', i, j + 1);
      if (text.slice(i, j + 1).includes('\\')) return { tokens, problem: escapeProblem(i, '\\') };
      i = j + 1;
    } else if (c === '\\') {
      // Outside strings a backslash can only start a unicode escape, which Neo4j decodes and other lexers do not.
      return { tokens, problem: escapeProblem(i, text.slice(i, i + 6)) };
    } else if (c === '(' || c === '[' || c === '{') {
      push('open', i, i + 1);
      i += 1;
    } else if (c === ')' || c === ']' || c === '}') {
      push('close', i, i + 1);
      i += 1;
    } else if (c === ';') {
      push('semicolon', i, i + 1);
      i += 1;
    } else if (isSpace(c)) {
      let j = i + 1;
      while (j < text.length && isSpace(text[j] as string)) j += 1;
      push('space', i, j);
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < text.length && isWordChar(text[j] as string)) j += 1;
      push('word', i, j);
      i = j;
    } else {
      // One code point, so a surrogate pair stays whole.
      const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      push('symbol', i, i + width);
      i += width;
    }
  }
  return { tokens };
}

function unclosed(offset: number, what: 'comment' | 'string' | 'quotedName'): TokeniseProblem {
  const [en, zh] =
    what === 'comment'
      ? ['A comment starting with /* has no closing */', '以 /* 开始的注释缺少结尾的 */']
      : what === 'string'
        ? ['A string is not closed: quotes must come in pairs', '字符串未闭合：引号必须成对出现']
        : ['A `quoted name` is not closed: backticks must come in pairs', '反引号名称未闭合：反引号必须成对出现'];
  return { offset, reason: en, reasonZh: zh };
}

function escapeProblem(offset: number, escape: string, inString = false): TokeniseProblem {
  return inString
    ? {
        offset,
        reason: `The escape ${escape} stands for a quote, backtick or backslash, which Neo4j reads as the end of the string; write \\' or \\\\ instead`,
        reasonZh: `转义 ${escape} 表示引号、反引号或反斜杠，Neo4j 会将其视为字符串结束；请改写为 \\' 或 \\\\`,
      }
    : {
        offset,
        reason: `The escape ${escape} is not accepted outside strings: write the character itself`,
        reasonZh: `字符串之外不接受转义 ${escape}，请直接写出该字符`,
      };
}

/** Whether a token is a keyword, compared without case (Cypher keywords are case-insensitive). */
export const isWord = (token: Token | undefined, word: string): boolean =>
  token?.kind === 'word' && token.text.toUpperCase() === word;

/**
 * The deepest nesting in the statement: brackets ( [ {, CASE … END, and runs of NOT each count one
 * level, since each makes Neo4j's and the JavaScript parser's recursion one step deeper (3,000 nested
 * brackets, 300 nested CASEs or 3,000 NOTs in a row each kept Neo4j 5.26 parsing for minutes).
 */
export function nestingDepth(tokens: readonly Token[]): number {
  let brackets = 0;
  let cases = 0;
  let nots = 0;
  let deepest = 0;
  let previous: Token | undefined;
  const significant = tokens.filter((t) => t.kind !== 'space' && t.kind !== 'comment');
  for (const [index, token] of significant.entries()) {
    // n.case, :End, $end, {end: 1} are names, not CASE … END (the parse tree is checked again later).
    const asName = (previous?.kind === 'symbol' && '.:$'.includes(previous.text)) || significant[index + 1]?.text === ':';
    if (isWord(token, 'NOT')) nots += 1;
    else nots = 0;
    if (token.kind === 'open') brackets += 1;
    else if (token.kind === 'close') brackets = Math.max(0, brackets - 1);
    else if (isWord(token, 'CASE') && !asName) cases += 1;
    else if (isWord(token, 'END') && !asName) cases = Math.max(0, cases - 1);
    deepest = Math.max(deepest, brackets + cases + nots);
    previous = token;
  }
  return deepest;
}

/**
 * The text Neo4j will run: comments blanked out (each character a space, each line terminator a
 * newline, so offsets, lines and columns stay where they were) and the unicode line terminators
 * outside strings made plain newlines.
 */
export function withoutComments(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind !== 'comment' && token.kind !== 'space') {
      out += token.text;
      continue;
    }
    // By UTF-16 unit, so every offset stays where it was.
    for (let k = 0; k < token.text.length; k += 1) {
      const c = token.text[k] as string;
      if (c === '\n' || c === '\r') out += c;
      else if (LINE_TERMINATORS.has(c)) out += '\n';
      else out += token.kind === 'comment' ? ' ' : c;
    }
  }
  return out;
}
