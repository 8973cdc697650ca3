import type { Clock } from '../core/clock.js';
import type { Db } from '../db/database.js';
import type { Settings } from '../commands/settings.js';
import type { Dispatcher } from '../outbox/dispatcher.js';
import type { ScheduledJob } from './scheduler.js';

export interface JobDeps {
  db: Db;
  clock: Clock;
  settings: Settings;
  outbox: Dispatcher;
  /** How late a missed post may still be sent after downtime. */
  catchUpHours: number;
}

/** Every scheduled job of the bot (reminders, agendas, summaries, nudges), listed once. */
export function scheduledJobs(_deps: JobDeps): ScheduledJob[] {
  return [];
}
