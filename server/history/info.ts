// What the explorer's date controls need: the first day the graph can be read as of, and today.
import type { Database } from '../../graph/db/database';
import type { HistoryInfo } from '../../graph/model/history';
import { chinaToday } from '../../graph/model/moments';
import { historyStart } from './asOf';

export async function historyInfo(db: Database): Promise<HistoryInfo> {
  const start = await historyStart(db);
  return {
    startedAt: start === null ? null : new Date(start).toISOString(),
    startDate: start === null ? null : chinaToday(new Date(start)),
    today: chinaToday(),
  };
}
