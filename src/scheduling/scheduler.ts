// node-cron ticks; the database decides. Every minute each job looks at the
// data and the clock, works out what is due (including what fell due while the
// bot was down), and claims it before building it (see claim.ts).
import cron from 'node-cron';
import type { Clock } from '../core/clock.js';
import { errorFields } from '../core/error-fields.js';
import type { Logger } from '../core/logger.js';
import { logger as processLogger } from '../observability/logger.js';
import { scheduledJobFailures } from '../observability/metrics.js';

export interface ScheduledJob {
  name: string;
  /** Does what is due at `now`; must be safe to call any number of times. */
  run(now: Date): Promise<void>;
}

export interface Scheduler {
  /** One pass over every job: what the cron tick does, and what tests call. */
  tick(): Promise<void>;
  start(): void;
  /** Stops the ticks and waits for the job under way; the jobs after it wait for the next process. */
  stop(): Promise<void>;
}

export function createScheduler(deps: { clock: Clock; jobs: readonly ScheduledJob[]; logger?: Logger }): Scheduler {
  const logger = deps.logger ?? processLogger;
  let task: ReturnType<typeof cron.schedule> | undefined;
  let running: Promise<void> | undefined;
  let stopping = false;

  async function tick(): Promise<void> {
    const now = deps.clock.now();
    for (const job of deps.jobs) {
      if (stopping) return;
      try {
        await job.run(now);
      } catch (error) {
        // One failing job must not stop the others; it is tried again next tick.
        scheduledJobFailures.inc({ job: job.name });
        logger.error({ ...errorFields(error, true), code: 'SCHEDULER.JOB_FAILED', job: job.name }, 'scheduled job failed');
      }
    }
  }

  return {
    tick() {
      running ??= tick().finally(() => {
        running = undefined;
      });
      return running;
    },
    start() {
      task = cron.schedule('* * * * *', () => void this.tick(), { noOverlap: true });
    },
    async stop() {
      stopping = true;
      try {
        await task?.stop();
        // Let the job under way finish before the database closes under it.
        await running;
      } finally {
        stopping = false;
      }
    },
  };
}
