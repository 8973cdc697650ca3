// Wires the platform-neutral core together. The composition root (main.ts)
// and the tests build the bot through here, so both run the same wiring.
import type { Clock } from './core/clock.js';
import type { Core } from './core/core.js';
import type { EventSubscriber } from './core/events.js';
import type { Db } from './db/database.js';
import { commands } from './commands/index.js';
import { createRouter } from './commands/router.js';
import type { Settings } from './commands/settings.js';
import { createDispatcher, type DispatcherOptions } from './outbox/dispatcher.js';
import { scheduledJobs } from './scheduling/jobs.js';
import { createScheduler } from './scheduling/scheduler.js';
import { celebrateJobStarts } from './celebrations/job-start-subscriber.js';

export const defaultSettings: Settings = { undoWindowMinutes: 30 };

/** Domain event subscribers (celebrations, referral messages), registered once here. */
const subscribers: readonly EventSubscriber[] = [celebrateJobStarts];

export function createCore(deps: {
  db: Db;
  clock: Clock;
  settings?: Partial<Settings>;
  outbox?: Partial<DispatcherOptions>;
  catchUpHours?: number;
}): Core {
  const settings = { ...defaultSettings, ...deps.settings };
  const outbox = createDispatcher({ db: deps.db, clock: deps.clock, options: deps.outbox });
  const router = createRouter({
    db: deps.db,
    clock: deps.clock,
    settings,
    commands,
    subscribers,
    onEnqueued: () => outbox.wake(),
  });
  const jobs = scheduledJobs({ db: deps.db, clock: deps.clock, settings, outbox, catchUpHours: deps.catchUpHours ?? 24 });
  const scheduler = createScheduler({ clock: deps.clock, jobs });
  return { db: deps.db, clock: deps.clock, router, outbox, scheduler };
}
