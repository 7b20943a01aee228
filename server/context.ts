// What every router needs, passed in explicitly so tests can build an app on any database.
import type { Database } from '../graph/db/database';

export interface AppContext {
  db: Database;
}
