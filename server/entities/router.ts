// GET /api/<collection> and /api/<collection>/:id for every node label, and /api/entities/:id for any.
import { Router, type Request, type Response } from 'express';
import { NODE_LABEL_NAMES, NODE_LABELS, type NodeLabel } from '../../graph/model';
import type { AppContext } from '../context';
import type { Database } from '../../graph/db/database';
import { errors, type AppError, type ErrorDetail } from '../errors';
import { validate, valid } from '../middleware/validate';
import { primaryLabel } from '../presenters/entity';
import { readFirst } from '../presenters/rows';
import { COLLECTIONS, COLLECTION_OF, entityPath } from './collections';
import { LABEL_FILTERS, labelsAccepting, type LabelFilter } from './filters';
import { HasLabelRow, presentDetail, presentList, readDetail } from './present';
import { ENTITY_DETAIL, ENTITY_HAS_LABEL, LIST_FILTER_CONDITIONS, listEntitiesQuery, type ListFilterKey } from './queries';
import { validateQuery } from './middleware';
import { DETAIL_RELATIONSHIP_LIMIT, DetailQuery, IdParams, listQuerySchema, type ListQuery } from './schema';
import { resolveAsOf, type AsOf } from '../history/asOf';
import { readAt } from '../history/past';

export function entitiesRouter({ db }: AppContext): Router {
  const router = Router();
  for (const { collection, label } of COLLECTIONS) {
    const query = listQuerySchema(label);
    router.get(
      `/${collection}`,
      validateQuery(query, (key) => explainInapplicable(label, key)),
      async (_req: Request, res: Response) => {
        // The schema holds only this label's filters; absent ones are undefined in ListQuery.
        res.json(await listEntities(db, label, valid<typeof query>(res).query as ListQuery));
      },
    );
    router.get(`/${collection}/:id`, validate({ params: IdParams, query: DetailQuery }), async (_req: Request, res: Response) => {
      const { params, query } = valid<typeof DetailQuery, typeof IdParams>(res);
      res.json(await entityDetail(db, params.id, await resolveAsOf(db, query.asOf), label));
    });
  }
  router.get('/entities/:id', validate({ params: IdParams, query: DetailQuery }), async (_req: Request, res: Response) => {
    const { params, query } = valid<typeof DetailQuery, typeof IdParams>(res);
    res.json(await entityDetail(db, params.id, await resolveAsOf(db, query.asOf)));
  });
  return router;
}

function explainInapplicable(label: NodeLabel, key: string) {
  if (!(LABEL_FILTERS as readonly string[]).includes(key)) return undefined;
  const accepting = labelsAccepting(key as LabelFilter, NODE_LABELS);
  return {
    reason: `does not apply to ${COLLECTION_OF[label]}; it applies to: ${accepting.map((l) => COLLECTION_OF[l]).join(', ')}`,
    reasonZh: `不适用于${NODE_LABEL_NAMES[label].zh}列表；仅适用于：${accepting.map((l) => NODE_LABEL_NAMES[l].zh).join('、')}`,
  };
}

async function listEntities(db: Database, label: NodeLabel, query: ListQuery) {
  const params = {
    q: query.q ?? null,
    sourceKind: query.sourceKind ?? null,
    sort: query.sort,
    offset: query.offset,
    limit: query.limit,
    tier: query.tier ?? null,
    kind: query.kind ?? null,
    region: query.region ?? null,
    industry: query.industry ?? null,
  };
  return db.read(async (tx) => {
    const details: ErrorDetail[] = [];
    for (const [field, expected] of [
      ['region', 'Region'],
      ['industry', 'Industry'],
    ] as const) {
      const id = params[field];
      if (id === null) continue;
      const check = readFirst(await tx.run(ENTITY_HAS_LABEL, { id, label: expected }), HasLabelRow);
      if (check?.hasLabel !== true) {
        const names = NODE_LABEL_NAMES[expected];
        details.push({
          field: `query.${field}`,
          reason: check?.exists === true ? `"${id}" is not of type ${expected}` : `no ${expected} "${id}"`,
          reasonZh: check?.exists === true ? `「${id}」不是${names.zh}` : `不存在${names.zh}「${id}」`,
        });
      }
    }
    if (details.length > 0) throw errors.validation(details);
    const active = (Object.keys(LIST_FILTER_CONDITIONS) as ListFilterKey[]).filter((key) => params[key] !== null);
    const page = presentList(await tx.run(listEntitiesQuery(label, active), params));
    return {
      ...page,
      offset: query.offset,
      limit: query.limit,
    };
  });
}

/** A node with its relationships, as recorded at `asOf` when given: a node since deleted is found then. */
async function entityDetail(db: Database, id: string, asOf: AsOf | undefined, label?: NodeLabel) {
  const row = readDetail(await readAt(db, asOf, (tx) => tx.run(ENTITY_DETAIL, { id, relationshipLimit: DETAIL_RELATIONSHIP_LIMIT })));
  if (!row) throw entityNotFound(id, label);
  const actual = primaryLabel(row.labels);
  if (label && actual !== label) throw entityNotFound(id, label, actual);
  return presentDetail(row, DETAIL_RELATIONSHIP_LIMIT);
}

function entityNotFound(id: string, label: NodeLabel | undefined, actual?: NodeLabel): AppError {
  const names = label ? NODE_LABEL_NAMES[label] : { en: 'Entity', zh: '节点' };
  const elsewhere = actual
    ? {
        en: ` (its label is ${actual}: ${entityPath(actual, id)})`,
        zh: `（它是${NODE_LABEL_NAMES[actual].zh}：${entityPath(actual, id)}）`,
      }
    : { en: '', zh: '' };
  return errors.entityNotFound(id, names, elsewhere);
}
