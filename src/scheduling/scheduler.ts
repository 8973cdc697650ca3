// node-cron ticks; the database decides. Every minute each job looks at the
// data and the clock, works out what is due (including what fell due while the
// bot was down), and claims it before building it (see claim.ts).
import cron from 'node-cron';
import type { Clock } from '../core/clock.js';

export interface ScheduledJob {
  name: string;
  /** Does what is due at `now`; must be safe to call any number of times. */
  run(now: Date): Promise<void>;
}

export interface Scheduler {
  /** One pass over every job: what the cron tick does, and what tests call. */
  tick(): Promise<void>;
  start(): void;
  /** Stops the ticks and waits for the pass under way. */
  stop(): Promise<void>;
}

export function createScheduler(deps: { clock: Clock; jobs: readonly ScheduledJob[]; log?: (line: string) => void }): Scheduler {
  const log = deps.log ?? ((line: string) => console.error(line));
  let task: ReturnType<typeof cron.schedule> | undefined;
  let running: Promise<void> | undefined;

  async function tick(): Promise<void> {
    const now = deps.clock.now();
    for (const job of deps.jobs) {
      try {
        await job.run(now);
      } catch (error) {
        // One failing job must not stop the others; it is tried again next tick.
        log(`scheduler: ${job.name} failed: ${error instanceof Error ? error.stack : String(error)}`);
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
      await task?.stop();
      // Let a pass under way finish before the database closes under it.
      await running;
    },
  };
}
