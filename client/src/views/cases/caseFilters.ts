// The case list's filters, kept in the URL (owner, status, industry, overdue) so a view is a bookmark,
// and the API query they make.
import { useSearchParams } from 'react-router';
import { CASE_STATUSES, type CaseStatus } from '../../../../graph/model';

export interface CaseFilters {
  owner: string | null;
  status: CaseStatus | null;
  industry: string | null;
  overdue: boolean;
}

const isStatus = (value: string | null): value is CaseStatus => value !== null && (CASE_STATUSES as readonly string[]).includes(value);

export function useCaseFilters(): [CaseFilters, (patch: Partial<CaseFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filters: CaseFilters = {
    owner: params.get('owner') || null,
    status: isStatus(status) ? status : null,
    industry: params.get('industry') || null,
    overdue: params.get('overdue') === 'true',
  };
  const update = (patch: Partial<CaseFilters>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        const merged = { ...filters, ...patch };
        for (const key of ['owner', 'status', 'industry'] as const) {
          const value = merged[key];
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (merged.overdue) next.set('overdue', 'true');
        else next.delete('overdue');
        return next;
      },
      { replace: true },
    );
  return [filters, update];
}

/** The API query of the filters ("owner=…&status=…"), empty when none is set. */
export function filterQuery(filters: CaseFilters): string {
  const query = new URLSearchParams();
  if (filters.owner) query.set('owner', filters.owner);
  if (filters.status) query.set('status', filters.status);
  if (filters.industry) query.set('industry', filters.industry);
  if (filters.overdue) query.set('overdue', 'true');
  return query.toString();
}
