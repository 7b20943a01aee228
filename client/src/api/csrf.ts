// Writes (POST/PUT/PATCH/DELETE) carry the CSRF token from GET /api/auth/csrf in the header it names.
// The token is fetched once per page; a rejected one (the server restarted, the session changed) is
// fetched again and the request retried once.
import { errorOf, fetchOrFail, readJson } from './client';

interface CsrfAnswer {
  csrfToken: string;
  header: string;
}

let pending: Promise<CsrfAnswer> | null = null;

async function fetchToken(): Promise<CsrfAnswer> {
  const response = await fetchOrFail('/api/auth/csrf', { headers: { accept: 'application/json' } });
  if (!response.ok) throw await errorOf(response);
  return readJson<CsrfAnswer>(response);
}

function token(): Promise<CsrfAnswer> {
  pending ??= fetchToken().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

export interface SendOptions extends Omit<RequestInit, 'body'> {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is (an uploaded file). */
  body?: BodyInit;
}

/** A write with the CSRF header; the raw response when it succeeded, ApiError otherwise. */
export async function sendRaw(url: string, options: SendOptions = {}): Promise<Response> {
  const { json, body, headers, ...rest } = options;
  const attempt = async (): Promise<Response> => {
    const csrf = await token();
    return fetchOrFail(url, {
      ...rest,
      method: rest.method ?? 'POST',
      headers: {
        accept: 'application/json',
        ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
        [csrf.header]: csrf.csrfToken,
      },
      body: json !== undefined ? JSON.stringify(json) : body,
    });
  };
  let response = await attempt();
  if (response.status === 403) {
    const error = await errorOf(response.clone());
    if (error.code !== 'csrf_invalid') throw error;
    pending = null;
    response = await attempt();
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/** A write answered with JSON. */
export async function sendJson<T>(url: string, options: SendOptions = {}): Promise<T> {
  return readJson<T>(await sendRaw(url, options));
}
