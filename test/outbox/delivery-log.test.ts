// What an operator learns about a delivery that fails: one log line per
// attempt with a code, the message id and the platform's answer, never the
// message or whom it was for; and the retry and failure counters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/core/messenger.js';
import { message } from '../../src/core/reply.js';
import { outboxDeliveries } from '../../src/observability/metrics.js';
import { createDispatcher } from '../../src/outbox/dispatcher.js';
import { enqueue } from '../../src/outbox/outbox.js';
import { recordingMessenger } from '../digests/recording-messenger.js';
import { FixedClock } from '../support/fixed-clock.js';
import { logCapture } from '../support/log-capture.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const counted = async (outcome: string) => (await outboxDeliveries.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

describe('outbox delivery failures', () => {
  it('are logged by code and id, without the message or its recipient, and counted', async () => {
    const clock = new FixedClock('2026-11-23T10:00:00Z');
    const platform = recordingMessenger();
    const capture = logCapture();
    const outbox = createDispatcher({ db: database.db, clock, messengers: [platform], logger: capture.logger });
    const to = {
      kind: 'conversation' as const,
      conversation: { platform: 'console' as const, workspace: 'local', channelId: 'northside-cmht', isDirect: false },
    };
    const text = 'Sam started as a barista at Harbour Café';
    await database.db.$transaction((tx) =>
      enqueue(tx, { dedupeKey: 'celebration-1', to, message: message([{ kind: 'paragraph', text }]) }, clock.now()),
    );
    const retriesBefore = await counted('retry');
    const failedBefore = await counted('failed');

    platform.failure = () => new DeliveryError('Slack refused the message: ratelimited', true, 30_000);
    await outbox.drain();
    clock.advance(60_000);
    platform.failure = () => new DeliveryError('Slack refused the message: not_in_channel', false);
    await outbox.drain();

    const [retry, failed] = capture.lines();
    expect(retry).toMatchObject({
      level: 'warn',
      code: 'OUTBOX.RETRY',
      attempt: 1,
      retryInSeconds: 30,
      reason: 'Slack refused the message: ratelimited',
    });
    expect(failed).toMatchObject({
      level: 'error',
      code: 'OUTBOX.FAILED',
      attempt: 2,
      reason: 'Slack refused the message: not_in_channel',
    });
    expect(retry!.outboxId).toBe(failed!.outboxId);
    expect(capture.text()).not.toMatch(/Sam|barista|Harbour|northside/);
    expect(await counted('retry')).toBe(retriesBefore + 1);
    expect(await counted('failed')).toBe(failedBefore + 1);
    await outbox.stop();
  });
});
