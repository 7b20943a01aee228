import { ApiErrorBody, ChangesView } from '../../graph/model';
import type { OperationSpec } from '../openapi/operation';
import { ChangesQuery } from './schema';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/changes',
    tag: 'gaps',
    summary: 'What changed in a period, and what it did to the analysis / 期间变化及其影响',
    description:
      'The facts (nodes and relationships) added, changed or ended between `since` (exclusive) and `until` (inclusive, default now), ' +
      'newest first, each with its properties before and after, who recorded it and through what (edit, import, dataset, exchange); ' +
      'at most `limit`, with `total` and `truncated`. Dates stand for the end of that day in China Standard Time. With `region`, only ' +
      'facts touching something inside the region now (its places, what is located in them, its key industries). Consequences: the ' +
      'gap engine run on the graph as recorded at `since` and at `until` for the region (default the home city), compared: gaps opened ' +
      'and closed, industries whose 六个一 score moved, targets whose status changed. Record time, not valid time. A period asked ' +
      'from before the history store began starts at its beginning (nothing was recorded earlier): `since` is then that moment and ' +
      '`sinceAsked` the start asked for (GET /api/history says when it began).',
    query: ChangesQuery,
    responses: {
      200: { description: 'The changes and their consequences / 变化及其影响', schema: ChangesView },
      400: { description: 'A malformed or future moment, until before since, an unknown region / 时间或地区无效', schema: ApiErrorBody },
    },
  },
];
