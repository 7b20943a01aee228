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

export const errors = {
  validation: (details: ErrorDetail[]) =>
    new AppError(
      400,
      'validation_failed',
      `Invalid request: ${details.map((d) => `${d.field}: ${d.reason}`).join('; ')}`,
      `请求无效：${details.map((d) => `${d.field}：${d.reasonZh}`).join('；')}`,
      details,
    ),
  notFound: (what: string, id: string) =>
    new AppError(404, 'not_found', `${what} "${id}" not found`, `未找到${what}「${id}」`, [
      { field: 'id', reason: 'no such id', reasonZh: '不存在此编号' },
    ]),
  routeNotFound: (path: string) =>
    new AppError(404, 'route_not_found', `No API route ${path}`, `不存在接口 ${path}`),
  conflict: (message: string, messageZh: string, details: ErrorDetail[] = []) =>
    new AppError(409, 'conflict', message, messageZh, details),
  unavailable: (message: string, messageZh: string) => new AppError(503, 'database_unavailable', message, messageZh),
  /** A path with a percent-escape that does not decode (e.g. "/%ff"): the URL names nothing. */
  malformedPath: (path: string): AppError =>
    errors.validation([
      {
        field: 'path',
        reason: `"${path.slice(0, 200)}" has a malformed percent-encoding (each %XX must form UTF-8)`,
        reasonZh: `「${path.slice(0, 200)}」中的百分号编码无效（%XX 须组成 UTF-8 字符）`,
      },
    ]),
  /** Request bodies are read as sent (uploads are hashed and parsed byte for byte), never decompressed. */
  unsupportedEncoding: (encoding: string): AppError =>
    new AppError(
      415,
      'unsupported_content_encoding',
      `Content-Encoding "${encoding.slice(0, 40)}" is not supported; send the body uncompressed`,
      `不支持 Content-Encoding「${encoding.slice(0, 40)}」，请发送未压缩的请求体`,
      [{ field: 'header.content-encoding', reason: 'must be absent or "identity"', reasonZh: '应省略或为 identity' }],
    ),
  internal: () => new AppError(500, 'internal_error', 'Internal error; it has been logged', '服务器内部错误，已记录'),
};
