// File names for downloaded briefings: a readable Chinese (or English) name for browsers that read
// RFC 5987 `filename*`, and a plain ASCII one for those that do not.
import { formatDate } from './text';
import type { BriefingFormat, BriefingLang } from './types';

export const CONTENT_TYPES: Record<BriefingFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** Characters no file system or header should see in a name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_NAME_CHARS = 80;

export interface BriefingFileName {
  /** e.g. 产业创新链简报-高端纺织-2025-06-01.docx */
  display: string;
  /** e.g. innochain-briefing-high-end-textiles-2025-06-01.docx */
  ascii: string;
}

export function briefingFileName(options: {
  lang: BriefingLang;
  format: BriefingFormat;
  /** Industry names shown in the title, or the city. */
  scopeName: string;
  /** Industry ids, or ['city']. */
  scopeIds: string[];
  date: Date;
}): BriefingFileName {
  const day = formatDate(options.date);
  const prefix = options.lang === 'zh' ? '产业创新链简报' : 'Innovation chain briefing';
  const scopeName = truncate(options.scopeName.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim(), MAX_NAME_CHARS);
  const scopeIds = truncate(options.scopeIds.join('+'), MAX_NAME_CHARS);
  return {
    display: `${prefix}-${scopeName}-${day}.${options.format}`,
    ascii: `innochain-briefing-${scopeIds.replace(/[^A-Za-z0-9+-]+/g, '-')}-${day}.${options.format}`,
  };
}

/** Content-Disposition with both names (RFC 6266 / RFC 5987). */
export function contentDisposition(name: BriefingFileName, disposition: 'attachment' | 'inline' = 'attachment'): string {
  return `${disposition}; filename="${name.ascii}"; filename*=UTF-8''${encodeRfc5987(name.display)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function truncate(value: string, max: number): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
