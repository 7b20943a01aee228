// The first day the graph can be read as of (GET /api/history), for the date controls' lower bound.
// Null while loading or where the database keeps no history: the server's 400 then says why.
import type { HistoryInfo } from '../../../../graph/model/history';
import { useApi } from '../../api/useApi';

export function useHistoryStart(): string | null {
  const { state } = useApi<HistoryInfo>('/api/history');
  return state.kind === 'ready' ? state.data.startDate : null;
}
