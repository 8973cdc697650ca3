import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/app.js';
import type { Core } from '../../src/core/core.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { runWeeklyPost } from '../../src/digests/weekly-posts.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { headingOf, recordingMessenger, type RecordingMessenger } from './recording-messenger.js';

const isPost = (heading: string) => /^(IPS team meeting agenda|Caseload summary)/.test(heading);

let bot: TestBot;
/** The second bot process: its own connection pool on PostgreSQL, the same embedded database on PGlite. */
let second: Database | undefined;
let other: Core;
let unitId: number;
/** What each process's platform connection was given. */
let platformA: RecordingMessenger;
let platformB: RecordingMessenger;

beforeAll(async () => {
  bot = await startTestBot({ now: '2026-11-23T15:00:00Z' });
  if (bot.database.url) second = await openDatabase({ kind: 'postgres', url: bot.database.url }, { migrate: false });
  other = createCore({ database: second ?? bot.database, clock: bot.clock });
  unitId = (await bot.database.db.vocationalUnit.findUniqueOrThrow({ where: { key: 'harbour' } })).id;
  platformA = recordingMessenger();
  platformB = recordingMessenger();
  bot.core.outbox.register(platformA);
  other.outbox.register(platformB);
});
afterAll(async () => {
  await other?.outbox.stop();
  await second?.close();
  await bot?.close();
});

describe('two bot instances on one database', () => {
  it.each([
    ['2026-11-23T15:00:00Z', '2026-W48', 'Mon 23 Nov'],
    ['2026-11-30T15:00:30Z', '2026-W49', 'Mon 30 Nov'],
    ['2026-12-07T15:01:00Z', '2026-W50', 'Mon 7 Dec'],
  ])('racing for the posts due at %s: exactly one wins each', async (now, week, day) => {
    bot.clock.set(now);
    const deps = (core: Core) => ({ db: core.db, catchUpHours: 24, fileKeepMs: 3600_000 });
    const outcomes = await Promise.all([
      runWeeklyPost(deps(bot.core), 'agenda', unitId, bot.clock.now()),
      runWeeklyPost(deps(other), 'agenda', unitId, bot.clock.now()),
      runWeeklyPost(deps(other), 'summary', unitId, bot.clock.now()),
      runWeeklyPost(deps(bot.core), 'summary', unitId, bot.clock.now()),
    ]);
    expect(outcomes.slice(0, 2).sort()).toEqual(['already-claimed', 'posted']);
    expect(outcomes.slice(2).sort()).toEqual(['already-claimed', 'posted']);

    // Their schedulers and senders racing too change nothing.
    await Promise.all([bot.core.scheduler.tick(), other.scheduler.tick()]);
    await Promise.all([bot.core.outbox.drain(), other.outbox.drain()]);
    const posts = [...platformA.delivered, ...platformB.delivered].filter(
      (d) => isPost(headingOf(d)) && headingOf(d).endsWith(`week to ${day}`),
    );
    expect(posts.map(headingOf).sort()).toEqual([
      expect.stringMatching(/^Caseload summary/),
      expect.stringMatching(/^IPS team meeting agenda/),
    ]);
    const keys = (await bot.database.db.scheduledRun.findMany({ where: { key: { endsWith: week } } })).map((r) => r.key).sort();
    expect(keys).toEqual([`agenda:harbour:${week}`, `summary:harbour:${week}`]);
  });
});

describe('a crash between claim and send', () => {
  it('still sends each post once: the claim and the outbox rows were committed together', async () => {
    bot.clock.set('2026-12-14T15:00:00Z');
    await bot.core.outbox.drain(); // nothing else waiting
    // Process A claims and enqueues, starts sending, and dies in the middle of the first send.
    const crashed = createCore({ database: second ?? bot.database, clock: bot.clock });
    let sending!: () => void;
    const sendStarted = new Promise<void>((resolve) => (sending = resolve));
    crashed.outbox.register({
      platform: 'console',
      post: () => {
        sending();
        return new Promise(() => {}); // never answers: the process is gone
      },
      update: async () => {},
      delete: async () => {},
    });
    for (const kind of ['agenda', 'summary'] as const) {
      expect(await runWeeklyPost({ db: crashed.db, catchUpHours: 24, fileKeepMs: 3600_000 }, kind, unitId, bot.clock.now())).toBe('posted');
    }
    crashed.outbox.wake();
    await sendStarted;

    // Process B (restarted) finds the posts claimed, so builds nothing new, and sends what A left.
    const platform = platformA;
    const before = platform.delivered.length;
    await bot.core.scheduler.tick();
    await bot.core.outbox.drain();
    expect(platform.delivered.slice(before).filter((d) => isPost(headingOf(d)))).toHaveLength(1);
    // The message A was sending is leased to A until its lease runs out; then B sends it.
    bot.clock.advance(61_000);
    await bot.core.outbox.drain();
    const posts = platform.delivered.slice(before).filter((d) => isPost(headingOf(d)));
    expect(posts.map(headingOf).sort()).toEqual([
      expect.stringMatching(/^Caseload summary/),
      expect.stringMatching(/^IPS team meeting agenda/),
    ]);
    const rows = await bot.database.db.outboxMessage.findMany({ where: { dedupeKey: { contains: '2026-W51' } } });
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    bot.clock.advance(3600_000);
    await bot.core.scheduler.tick();
    await bot.core.outbox.drain();
    expect(platform.delivered.slice(before).filter((d) => isPost(headingOf(d)))).toHaveLength(2);
  });
});
