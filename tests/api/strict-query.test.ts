// Every GET operation in /api/openapi.json refuses a query parameter it does not declare: a 400
// naming it, never a typo silently ignored. Paths with ids get real ids from the seeded graph (or a
// well-formed id that does not exist: the query is checked before the lookup, so 404 turns into 400).
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiErrorBody } from '../../graph/model';
import type { loginAs } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

const UNKNOWN = 'expnad';

const Parameter = z.object({ name: z.string(), in: z.string(), required: z.boolean().optional() });
const OpenApi = z.object({
  paths: z.record(z.string(), z.record(z.string(), z.object({ parameters: z.array(Parameter).optional() }).loose())),
});

/** Values for required query parameters, by name. */
const REQUIRED_QUERY: Record<string, string> = { q: '南通', id: 'nantong', regions: 'nantong' };

let admin: Awaited<ReturnType<typeof loginAs>>;
/** Path parameter values by the operation's path template and parameter name. */
const pathValues = new Map<string, string>();

const fx = seededTestServer({ datasets: ['nantong', 'demo'] });

beforeAll(async () => {
  // An administrator may read every route, so no answer is a 401/403 before validation.
  admin = await fx.login('admin');
  // GET /api/changes: a moment after the history store began (the wipe before seeding starts it).
  REQUIRED_QUERY.since = new Date().toISOString();
  const link = await fx.db.read((tx) =>
    tx.run("MATCH (i:Industry {id: 'electronic-information'})-[:HAS_LINK]->(l) RETURN l.id AS id LIMIT 1"),
  );
  const linkId = z.string().parse(link.records[0]?.get('id'));
  const questions = z.object({ items: z.array(z.object({ id: z.string() })) }).parse((await admin.get('/api/questions')).body);
  pathValues
    .set('/api/industries/{id}/chain id', 'electronic-information')
    .set('/api/industries/{id}/gaps id', 'electronic-information')
    .set('/api/questions/{id} id', questions.items[0]?.id ?? 'no-such-question')
    .set('/api/users/{username} username', admin.user.username)
    .set('/api/edit/relationships/{type}/{from}/{to} type', 'HAS_LINK')
    .set('/api/edit/relationships/{type}/{from}/{to} from', 'electronic-information')
    .set('/api/edit/relationships/{type}/{from}/{to} to', linkId)
    .set('/api/import/templates/{name} name', 'Industry')
    .set('/api/regions/{id}/profile id', 'haian-city')
    .set('/api/regions/{id}/map id', 'nantong')
    // No job or saved query exists: well-formed ids answer 404 without the unknown parameter.
    .set('/api/import/jobs/{id} id', '00000000-0000-4000-8000-000000000000')
    .set('/api/console/saved/{id} id', '00000000-0000-4000-8000-000000000000');
});

/** A real id for `/api/<collection>/{id}`: the first item of the collection's list (a well-formed unknown id if it is empty). */
async function pathValue(template: string, name: string): Promise<string> {
  const known = pathValues.get(`${template} ${name}`);
  if (known !== undefined) return known;
  if (template === '/api/entities/{id}' || template.startsWith('/api/edit/nodes/{id}')) return 'nantong';
  const list = template.replace(/\/\{id\}$/, '');
  // The case list takes no limit (it is one page of filtered cases).
  const answer = await admin.get(list === '/api/cases' ? list : `${list}?limit=1`);
  const page = z.object({ items: z.array(z.object({ id: z.string() })) }).safeParse(answer.body);
  return (page.success ? page.data.items[0]?.id : undefined) ?? 'no-such-entity';
}

async function requestPath(template: string, parameters: z.infer<typeof Parameter>[]): Promise<string> {
  let url = template;
  for (const p of parameters.filter((x) => x.in === 'path')) {
    url = url.replace(`{${p.name}}`, encodeURIComponent(await pathValue(template, p.name)));
  }
  const query = new URLSearchParams();
  for (const p of parameters.filter((x) => x.in === 'query' && x.required)) {
    const value = REQUIRED_QUERY[p.name];
    if (value === undefined) throw new Error(`no value for the required query parameter ${p.name} of ${template}`);
    query.set(p.name, value);
  }
  return query.size > 0 ? `${url}?${query.toString()}` : url;
}

describe('strict query strings', () => {
  it('answers 400 naming an unknown query parameter on every GET operation, and not without it', async () => {
    const document = OpenApi.parse((await admin.get('/api/openapi.json')).body);
    const operations = Object.entries(document.paths).flatMap(([template, methods]) =>
      methods.get ? [{ template, parameters: methods.get.parameters ?? [] }] : [],
    );
    // The document itself is served by a GET that is not one of its operations.
    operations.push({ template: '/api/openapi.json', parameters: [] });
    expect(operations.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const { template, parameters } of operations) {
      const url = await requestPath(template, parameters);
      const baseline = await admin.get(url);
      if (baseline.status === 400) failures.push(`${url}: 400 without the unknown parameter (${baseline.text.slice(0, 200)})`);
      const typo = await admin.get(`${url}${url.includes('?') ? '&' : '?'}${UNKNOWN}=all`);
      const body = ApiErrorBody.safeParse(typo.body);
      const named =
        body.success &&
        body.data.error.code === 'validation_failed' &&
        body.data.error.details.some((d) => (d.field === 'query' || d.field.startsWith('query.')) && `${d.field} ${d.reason}`.includes(UNKNOWN) && d.reasonZh.length > 0);
      if (typo.status !== 400 || !named) failures.push(`${url}?${UNKNOWN}: ${typo.status} ${typo.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('names the typo in /api/industries/:id/chain?expnad=all in English and Chinese', async () => {
    const response = await admin.get(`/api/industries/electronic-information/chain?${UNKNOWN}=all`);
    expect(response.status).toBe(400);
    const { error } = ApiErrorBody.parse(response.body);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toHaveLength(1);
    expect(error.details[0]?.field).toBe('query');
    expect(error.details[0]?.reason).toContain(UNKNOWN);
    expect(error.details[0]?.reasonZh).toContain(UNKNOWN);
  });
});
