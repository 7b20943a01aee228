// Requests to the API under test: the whole body read (what a client waits for), non-2xx is an error.

export async function getBody(url: string): Promise<string> {
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

export async function getJson<T>(url: string): Promise<T> {
  return JSON.parse(await getBody(url)) as T;
}
