// Errors any route may answer: validation, not found, conflict, an unreadable request, the database away.
import { AppError, type ErrorDetail } from './appError';

export const errors = {
  validation: (details: ErrorDetail[]) =>
    new AppError(
      400,
      'validation_failed',
      `Invalid request: ${details.map((d) => `${d.field}: ${d.reason}`).join('; ')}`,
      `请求无效：${details.map((d) => `${d.field}：${d.reasonZh}`).join('；')}`,
      details,
    ),
  /** `what` names the thing in both languages, "node / 节点": each message says it in its own. */
  notFound: (what: string, id: string) => {
    const [en = what, zh = en] = what.split(' / ');
    return new AppError(404, 'not_found', `${en} "${id}" not found`, `未找到${zh}「${id}」`, [
      { field: 'id', reason: 'no such id', reasonZh: '不存在此编号' },
    ]);
  },
  routeNotFound: (path: string) =>
    new AppError(404, 'route_not_found', `No API route ${path}`, `不存在接口 ${path}`),
  /** An API route that exists, asked with a method it does not answer. */
  methodNotAllowedHere: (method: string, allow: string) =>
    new AppError(405, 'method_not_allowed', `Method ${method} is not allowed here; allowed: ${allow}`, `此接口不支持 ${method} 请求；可用：${allow}`),
  industryNotFound: (id: string) =>
    new AppError(404, 'not_found', `Industry "${id}" not found`, `未找到产业「${id}」`, [
      { field: 'params.id', reason: 'no such industry', reasonZh: '不存在此产业' },
    ]),
  /** `names` of the label asked for; `elsewhere` says where the id is found under another label, or is empty. */
  entityNotFound: (id: string, names: { en: string; zh: string }, elsewhere: { en: string; zh: string }) =>
    new AppError(
      404,
      'not_found',
      `${names.en} "${id}" not found${elsewhere.en}`,
      `未找到${names.zh}「${id}」${elsewhere.zh}`,
      [{ field: 'params.id', reason: `no such ${names.en.toLowerCase()}${elsewhere.en}`, reasonZh: `不存在此${names.zh}${elsewhere.zh}` }],
    ),
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
  /** A driver error that says the query ran past its time limit (not a console query: see console.ts). */
  queryTimeout: () => new AppError(504, 'query_timeout', 'The query took too long and was stopped', '查询超时，已终止'),
  payloadTooLarge: () => new AppError(413, 'payload_too_large', 'The request body is too large', '请求体过大'),
  /** Any other 4xx from the body parser. */
  badRequest: (status: number) => new AppError(status, 'bad_request', 'The request could not be read', '无法读取请求'),
  internal: () => new AppError(500, 'internal_error', 'Internal error; it has been logged', '服务器内部错误，已记录'),
};
