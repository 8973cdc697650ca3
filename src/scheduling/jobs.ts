import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { Db } from '../db/database.js';
import type { Settings } from '../commands/settings.js';
import type { Dispatcher } from '../outbox/dispatcher.js';
import type { ScheduledJob } from './scheduler.js';
import { createReminderJob } from '../reminders/reminder-job.js';
import { weeklyPostJobs } from '../digests/weekly-posts.js';
import { milestoneJob } from '../celebrations/milestones.js';
import { nudgeJob } from '../nudges/nudge-job.js';
import { embeddedUpkeepJob } from './embedded-upkeep.js';
import { defaultRetention, retentionJob, type RetentionSettings } from './retention.js';

export interface JobDeps {
  db: Db;
  clock: Clock;
  settings: Settings;
  outbox: Dispatcher;
  /** How late a missed post may still be sent after downtime. */
  catchUpHours: number;
  /** How long idempotency records, sent messages and audit events are kept. */
  retention?: RetentionSettings;
  log: Logger;
  /** The database's connections: weekly posts are built several units at once on a server. */
  connections: number;
  /** The embedded database (PGlite), which has no autovacuum of its own. */
  embedded: boolean;
}

/** Every scheduled job of the bot (reminders, agendas, summaries, nudges, retention, upkeep), listed once. */
export function scheduledJobs(deps: JobDeps): ScheduledJob[] {
  return [
    createReminderJob({ db: deps.db, onEnqueued: () => deps.outbox.wake() }),
    ...weeklyPostJobs(
      {
        db: deps.db,
        catchUpHours: deps.catchUpHours,
        fileKeepMs: deps.settings.fileKeepHours * 3600_000,
        onEnqueued: () => deps.outbox.wake(),
      },
      deps.connections,
    ),
    milestoneJob(deps),
    nudgeJob(deps),
    retentionJob({ db: deps.db, settings: deps.retention ?? defaultRetention, logger: deps.log }),
    ...(deps.embedded ? [embeddedUpkeepJob({ db: deps.db, startedAt: deps.clock.now(), logger: deps.log })] : []),
  ];
}
