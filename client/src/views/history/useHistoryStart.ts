// The first day the graph can be read as of (GET /api/history), for the date controls' lower bound:
// read once per page (it never moves in a database), however many controls ask. Null while loading or
// where the database keeps no history: the server's 400 then says why.
import type { HistoryInfo } from '../../../../graph/model/history';
import { getJson } from '../../api/client';
import { loadOnce } from '../../state/loadOnce';

const useHistoryInfo = loadOnce(() => getJson<HistoryInfo>('/api/history'));

export function useHistoryStart(): string | null {
  return useHistoryInfo()?.startDate ?? null;
}
