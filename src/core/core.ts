import type { Db } from '../db/database.js';
import type { Clock } from './clock.js';
import type { Router } from '../commands/router.js';
import type { Dispatcher } from '../outbox/dispatcher.js';
import type { Scheduler } from '../scheduling/scheduler.js';

/**
 * What an adapter is given: the command router, the outbox (to register its
 * messenger), the database (for its own lookups, such as saved conversation
 * references) and the clock.
 */
export interface Core {
  readonly db: Db;
  readonly clock: Clock;
  readonly router: Router;
  readonly outbox: Dispatcher;
  /** Scheduled posts and reminders; `tick()` runs one pass. */
  readonly scheduler: Scheduler;
}
