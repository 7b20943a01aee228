// Typed fetch helpers: API errors become ApiError with the server's bilingual message and per-field
// details; writes carry the CSRF token (see csrf.ts).
import type { ApiErrorBody } from '../../../graph/model';
import { noteUnauthenticated } from './sessionExpiry';

/** One offending field of an error answer; `field` is its dotted path, e.g. "body.changes.nameZh". */
export type ErrorDetail = ApiErrorBody['error']['details'][number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
    readonly details: readonly ErrorDetail[] = [],
    /** The whole error answer, for endpoints that send more than the error (an import's job). */
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

/** A failed answer's body: the server's ApiErrorBody, or less when something else (a proxy) answered. */
type ErrorAnswer = { error?: Partial<ApiErrorBody['error']> };

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(url, { signal });
}

/** fetch, with a network failure as an ApiError (an abort stays an AbortError). */
export async function fetchOrFail(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'The server cannot be reached', '无法连接服务器');
  }
}

/** The error a failed response stands for, in the server's words when it sent some. */
export async function errorOf(response: Response): Promise<ApiError> {
  if (response.status === 401) noteUnauthenticated(response.url);
  const body = (await response.json().catch(() => ({}))) as ErrorAnswer;
  return new ApiError(
    response.status,
    body.error?.code ?? 'http_error',
    body.error?.message ?? `HTTP ${response.status}`,
    body.error?.messageZh ?? `请求失败（${response.status}）`,
    Array.isArray(body.error?.details) ? body.error.details : [],
    body,
  );
}

/** A JSON answer, or ApiError for an unreadable one. */
export async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'bad_response', 'The server sent an unreadable answer', '服务器返回的内容无法读取');
  }
}

/** A JSON request (GET unless init says otherwise); errors become ApiError with both messages. */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetchOrFail(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  if (!response.ok) throw await errorOf(response);
  return readJson<T>(response);
}
