import { recordingLogger } from '../support/recording-logger.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError, type Recipient } from '../../src/core/messenger.js';
import { message } from '../../src/core/reply.js';
import { createDispatcher, type Dispatcher } from '../../src/outbox/dispatcher.js';
import { enqueue, enqueueWithdrawal } from '../../src/outbox/outbox.js';
import { recordingMessenger, whereTo, type RecordingMessenger } from '../digests/recording-messenger.js';
import { FixedClock } from '../support/fixed-clock.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let clock: FixedClock;
let platform: RecordingMessenger;
let outbox: Dispatcher;
let logged: ReturnType<typeof recordingLogger>;
beforeAll(async () => {
  database = await openTestDatabase();
});
// Every test starts from an empty outbox, a platform that accepts, its own
// clock and its own log: a row another test left pending or waiting out a
// retry would take a turn in this test's drains (and its refusals and log lines).
beforeEach(async () => {
  await database.db.outboxMessage.deleteMany();
  clock = new FixedClock('2026-11-23T10:00:00Z');
  platform = recordingMessenger();
  logged = recordingLogger();
  outbox = createDispatcher({ db: database.db, clock, messengers: [platform], logger: logged });
});
afterEach(async () => {
  await outbox?.stop();
});
afterAll(async () => {
  await database?.close();
});

const day = 24 * 3600_000;
const channel = (channelId: string): Recipient => ({
  kind: 'conversation',
  conversation: { platform: 'console', workspace: 'local', channelId, isDirect: false },
});

async function send(key: string, to: Recipient, text: string, notBefore?: Date) {
  await database.db.$transaction((tx) =>
    enqueue(tx, { dedupeKey: key, to, message: message([{ kind: 'paragraph', text }]), notBefore }, clock.now()),
  );
}

const textsIn = (channelId: string) => platform.delivered.filter((d) => whereTo(d) === `#${channelId}`).map((d) => d.message.text);

describe('outbox order among due messages', () => {
  it('sends a message due now at once, although one scheduled for next month was queued before it in the same channel', async () => {
    await send('later-1', channel('unit'), 'next month', new Date(clock.now().getTime() + 30 * day));
    await send('now-1', channel('unit'), 'agenda');
    await outbox.drain();
    expect(textsIn('unit')).toEqual(['agenda']);

    clock.advance(30 * day);
    await outbox.drain();
    expect(textsIn('unit')).toEqual(['agenda', 'next month']);
  });

  it('keeps order behind a message that was tried and waits for its retry', async () => {
    let refusals = 1;
    platform.failure = () => (refusals-- > 0 ? new DeliveryError('Slack answered HTTP 503', true) : undefined);
    await send('retry-1', channel('team'), 'first');
    await outbox.drain();
    await send('retry-2', channel('team'), 'second');
    await outbox.drain();
    expect(textsIn('team')).toEqual([]);

    clock.advance(60_000);
    await outbox.drain();
    expect(textsIn('team')).toEqual(['first', 'second']);
    platform.failure = undefined;
  });

  it('deletes a message only after it was posted, even when it is scheduled for later', async () => {
    await send('morning-1', channel('clinic'), 'celebration', new Date(clock.now().getTime() + day));
    await database.db.$transaction((tx) => enqueueWithdrawal(tx, { dedupeKey: 'withdraw:morning-1', of: 'morning-1' }, clock.now()));
    await outbox.drain();
    expect(textsIn('clinic')).toEqual([]);
    expect(platform.deleted).toEqual([]);

    clock.advance(day);
    await outbox.drain();
    expect(textsIn('clinic')).toEqual(['celebration']);
    const posted = await database.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'morning-1' } });
    expect(platform.deleted).toEqual([posted.platformRef]);
  });
});

describe('outbox log lines', () => {
  it('logs one line per failed attempt with its number and the platform answer, never the text or the recipient', async () => {
    platform.failure = () => new DeliveryError('Slack answered HTTP 500', true);
    await send('logged-1', channel('C0PRIVATE'), 'SJ-14 started at Harbour Cafe');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await outbox.drain();
      clock.advance(20 * 60_000);
    }
    platform.failure = undefined;
    expect(logged.lines).toHaveLength(3);
    expect(logged.lines.map((l) => l.fields.attempt)).toEqual([1, 2, 3]);
    for (const line of logged.lines) {
      expect(line.fields).toMatchObject({ code: 'OUTBOX.RETRY', reason: 'Slack answered HTTP 500' });
      expect(JSON.stringify(line)).not.toMatch(/SJ-14|Harbour|C0PRIVATE/);
      expect(line.fields.stack).toBeUndefined();
    }
    await outbox.drain();
  });

  it('adds where it was thrown when the failure is not one an adapter expected, never its message', async () => {
    platform.failure = () => new TypeError('renderer broke') as unknown as DeliveryError;
    await send('logged-2', channel('elsewhere'), 'hello');
    await outbox.drain();
    platform.failure = undefined;
    expect(logged.lines).toHaveLength(1);
    expect(logged.lines[0]!.fields).toMatchObject({
      code: 'OUTBOX.RETRY',
      attempt: 1,
      error: 'TypeError',
      stack: expect.arrayContaining([expect.stringMatching(/^at /)]),
    });
  });
});
