// What every router needs, passed in explicitly so tests can build an app on any database.
import type { Database } from '../graph/db/database';
import type { SecuritySettings } from './auth/settings';
import type { Logger } from './logger';

export interface AppContext {
  db: Database;
  /** Access control and limits; createApp reads them from the environment when absent. */
  security?: SecuritySettings;
  /** Base logger for request logs (tests capture it); defaults to the process logger. */
  logger?: Logger;
}
