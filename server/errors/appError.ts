// Errors with stable codes and bilingual messages, turned into JSON in one place (onError).
export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. "query.depth" or "Industry.json[3].tier". */
  field: string;
  reason: string;
  reasonZh: string;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** "a Region", "an Industry": English reasons name labels with their article. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
