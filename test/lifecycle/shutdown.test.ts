// Stopping on SIGTERM / SIGINT: the steps in order, within the deadline, and
// the parts that hold work (outbox, scheduler) stop between two pieces of it.
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../src/core/reply.js';
import { exitOnStopSignals, runShutdown, type ShutdownStep } from '../../src/lifecycle/shutdown.js';
import { createLogger } from '../../src/observability/logger.js';
import { createDispatcher } from '../../src/outbox/dispatcher.js';
import { enqueue } from '../../src/outbox/outbox.js';
import { createScheduler } from '../../src/scheduling/scheduler.js';
import { recordingMessenger } from '../digests/recording-messenger.js';
import { FixedClock } from '../support/fixed-clock.js';
import { logCapture } from '../support/log-capture.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

const silent = createLogger({ level: 'silent' });

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

function recordingSteps(log: string[], ...names: string[]): ShutdownStep[] {
  return names.map((name) => ({
    name,
    run: () => {
      log.push(name);
      return Promise.resolve();
    },
  }));
}

describe('runShutdown', () => {
  it('runs the steps in order and reports a clean stop', async () => {
    const ran: string[] = [];
    expect(await runShutdown(recordingSteps(ran, 'http', 'scheduler', 'outbox', 'database'), { logger: silent })).toBe(true);
    expect(ran).toEqual(['http', 'scheduler', 'outbox', 'database']);
  });

  it('goes on after a step that fails (the database is still closed), and reports it', async () => {
    const ran: string[] = [];
    const failing: ShutdownStep = {
      name: 'slack',
      run: () => Promise.reject(new Error('socket already closed')),
    };
    const capture = logCapture();
    const steps = [failing, ...recordingSteps(ran, 'database')];
    expect(await runShutdown(steps, { logger: capture.logger })).toBe(false);
    expect(ran).toEqual(['database']);
    expect(capture.lines()).toContainEqual(expect.objectContaining({ code: 'SHUTDOWN.STEP_FAILED', step: 'slack' }));
  });

  it('gives up at the deadline instead of waiting for a step that hangs', async () => {
    const ran: string[] = [];
    const hanging: ShutdownStep = { name: 'teams', run: () => new Promise<void>(() => undefined) };
    const started = Date.now();
    expect(await runShutdown([hanging, ...recordingSteps(ran, 'database')], { deadlineMs: 200, logger: silent })).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(ran).toEqual([]);
  });
});

describe('exitOnStopSignals', () => {
  it('stops on SIGTERM and exits 0; a second signal exits 1 at once', async () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    const stepGate = gate();
    const exited = gate();
    const remove = exitOnStopSignals([{ name: 'http', run: () => stepGate.opened }], {
      source: signals,
      logger: silent,
      exit: (code) => {
        exits.push(code);
        if (exits.length === 2) exited.open();
      },
    });
    signals.emit('SIGTERM', 'SIGTERM');
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([1]);
    stepGate.open();
    await exited.opened;
    expect(exits).toEqual([1, 0]);
    remove();
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
  });
});

describe('stopping the outbox and the scheduler', () => {
  let database: TestDatabase;
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('the outbox finishes the message it is sending and leaves the rest, unleased, for the next process', async () => {
    const platform = recordingMessenger();
    const sending = gate();
    const release = gate();
    const post = platform.post.bind(platform);
    platform.post = async (to, msg) => {
      sending.open();
      await release.opened;
      return post(to, msg);
    };
    const outbox = createDispatcher({ db: database.db, clock, messengers: [platform], logger: silent });
    for (const channelId of ['one', 'two', 'three']) {
      const to = {
        kind: 'conversation' as const,
        conversation: { platform: 'console' as const, workspace: 'local', channelId, isDirect: false },
      };
      await database.db.$transaction((tx) =>
        enqueue(tx, { dedupeKey: `stop-${channelId}`, to, message: message([{ kind: 'paragraph', text: channelId }]) }, clock.now()),
      );
    }
    outbox.wake();
    await sending.opened;
    const stopped = outbox.stop();
    release.open();
    await stopped;
    expect(platform.delivered).toHaveLength(1);
    const rest = await database.db.outboxMessage.findMany({ where: { status: 'pending' }, orderBy: { id: 'asc' } });
    expect(rest.map((r) => ({ key: r.dedupeKey, attempts: r.attempts, notBefore: r.notBefore }))).toEqual([
      { key: 'stop-two', attempts: 0, notBefore: clock.now() },
      { key: 'stop-three', attempts: 0, notBefore: clock.now() },
    ]);
  });

  it('the scheduler finishes the job under way and starts no other', async () => {
    const ran: string[] = [];
    const first = gate();
    const release = gate();
    const scheduler = createScheduler({
      clock,
      logger: silent,
      jobs: [
        {
          name: 'agenda',
          async run() {
            first.open();
            await release.opened;
            ran.push('agenda');
          },
        },
        {
          name: 'reminders',
          run: () => {
            ran.push('reminders');
            return Promise.resolve();
          },
        },
      ],
    });
    const tick = scheduler.tick();
    await first.opened;
    const stopped = scheduler.stop();
    release.open();
    await Promise.all([tick, stopped]);
    expect(ran).toEqual(['agenda']);
  });
});
