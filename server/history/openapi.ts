import { ApiErrorBody } from '../../graph/model';
import { HistoryInfo } from '../../graph/model/history';
import type { OperationSpec } from '../openapi/operation';

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/history',
    tag: 'gaps',
    summary: 'Since when changes are recorded / 历史记录起点',
    description:
      'When the history store began (every write through innochain since then is recorded), that day and today in China Standard ' +
      'Time. `asOf` can read any day from `startDate` to `today`; a period (`since`) starting earlier starts at `startedAt`.',
    responses: {
      200: { description: 'The history’s beginning / 历史记录起点', schema: HistoryInfo },
      400: { description: 'An unexpected query parameter / 多余的查询参数', schema: ApiErrorBody },
    },
  },
];
