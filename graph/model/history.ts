// GET /api/history: since when the graph's changes are recorded, so date controls offer only days that
// can be read as of, and a period starting earlier is known to start at the history's beginning.
import { z } from 'zod';

export const HistoryInfo = z.object({
  startedAt: z.string().nullable().describe('When the history store began (ISO 8601); null in a database that has not started it'),
  startDate: z.string().nullable().describe('That moment’s day in China Standard Time: the earliest asOf that can be read'),
  today: z.string().describe('Today in China Standard Time: the latest asOf'),
});
export type HistoryInfo = z.infer<typeof HistoryInfo>;
