import type { Db } from '../db/database.js';
import type { Clock } from './clock.js';
import type { Router } from '../commands/router.js';

/** What an adapter is given: the command router, the database (for its own lookups) and the clock. */
export interface Core {
  readonly db: Db;
  readonly clock: Clock;
  readonly router: Router;
}
