// The gap engine's findings for one industry, for marking the chain view.
import type { Database } from '../../../graph/db/database';
import type { Gap } from '../../../graph/model';

// TODO(gap engine): call computeGaps(db, { industryIds: [industryId] }) once server/gaps/service.ts lands.
export function industryGaps(_db: Database, _industryId: string): Promise<Gap[]> {
  return Promise.resolve([]);
}
