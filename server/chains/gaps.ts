// The gap engine's view of one industry: its gaps and its 六个一 matrix row, so the chain view marks
// exactly what the matrix and the gap list report.
import type { Database } from '../../graph/db/database';
import { computeIndustryGaps, type IndustryGapsResult } from '../gaps/service';
import type { AsOf } from '../history/asOf';

export type IndustryFindings = Pick<IndustryGapsResult, 'analysedAs' | 'row' | 'gaps'>;

/** The findings for the scope `regionId` (scope.ts resolveScope), as recorded at `asOf` when given. */
export async function industryFindings(db: Database, industryId: string, regionId: string, asOf?: AsOf): Promise<IndustryFindings> {
  const result = await computeIndustryGaps(db, industryId, { regionId, ...(asOf ? { asOf } : {}) });
  return result ?? { analysedAs: null, row: null, gaps: [] };
}
