import type { Db } from '../db/database.js';
import type { ServeOptions } from '../app.js';
import type { Clock } from './clock.js';
import type { Router } from '../commands/router.js';
import type { Dispatcher } from '../outbox/dispatcher.js';
import type { Scheduler } from '../scheduling/scheduler.js';
import type { AdapterServices } from './platform-adapter.js';

/**
 * The running core, as the composition root and the tests hold it. Adapters
 * get only `adapterServices()`: never the database.
 */
export interface Core {
  readonly db: Db;
  readonly clock: Clock;
  readonly router: Router;
  readonly outbox: Dispatcher;
  /** Scheduled posts and reminders; `tick()` runs one pass. */
  readonly scheduler: Scheduler;
  /** What an adapter is handed (and, with `http`, the file links mounted on the bot's server). */
  adapterServices(options?: ServeOptions): Promise<AdapterServices>;
}
