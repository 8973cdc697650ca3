import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError, type Recipient } from '../../src/core/messenger.js';
import { message } from '../../src/core/reply.js';
import { enqueue } from '../../src/outbox/outbox.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { headingOf, recordingMessenger, whereTo, type RecordingMessenger } from './recording-messenger.js';

let bot: TestBot;
let platform: RecordingMessenger;
beforeAll(async () => {
  bot = await startTestBot({ now: '2026-11-23T14:00:00Z' });
  platform = recordingMessenger();
  bot.core.outbox.register(platform);
});
afterAll(async () => {
  await bot?.close();
});

const channel = (channelId: string): Recipient => ({
  kind: 'conversation',
  conversation: { platform: 'console', workspace: 'local', channelId, isDirect: false },
});

async function send(key: string, to: Recipient, text: string) {
  await bot.database.db.$transaction((tx) =>
    enqueue(tx, { dedupeKey: key, to, message: message([{ kind: 'paragraph', text }]) }, bot.clock.now()),
  );
}

describe('the outbox when the platform fails', () => {
  it('honours Retry-After: nothing is tried again before the platform said', async () => {
    platform.failure = () => new DeliveryError('429 Too Many Requests', true, 10 * 60_000);
    await send('retry-after-1', channel('quiet-room'), 'hello');
    await bot.core.outbox.drain();
    const row = await bot.database.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'retry-after-1' } });
    expect(row.notBefore.getTime() - bot.clock.now().getTime()).toBe(10 * 60_000);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: '429 Too Many Requests' });
    platform.failure = undefined;
    bot.clock.advance(9 * 60_000);
    await bot.core.outbox.drain();
    expect(platform.delivered.map(whereTo)).not.toContain('#quiet-room');
    bot.clock.advance(60_000);
    await bot.core.outbox.drain();
    expect(platform.delivered.filter((d) => whereTo(d) === '#quiet-room')).toHaveLength(1);
  });

  it('delivers everything after an hour of 429s and 500s, in order per channel, none twice', async () => {
    const start = new Date('2026-11-23T14:30:00Z');
    bot.clock.set(start);
    const outageEnds = start.getTime() + 3600_000;
    let calls = 0;
    platform.failure = () => {
      if (bot.clock.now().getTime() >= outageEnds) return undefined;
      calls++;
      return calls % 2
        ? new DeliveryError('429 rate limited', true, 30_000 + (calls % 5) * 10_000)
        : new DeliveryError('500 Internal Server Error', true);
    };
    const channels = ['alpha', 'bravo', 'charlie'];
    const deliveredBefore = platform.delivered.length;
    for (let minute = 0; minute <= 150; minute++) {
      bot.clock.set(new Date(start.getTime() + minute * 60_000));
      // Users and schedules keep asking to send during the outage: three messages a minute for the first 40 minutes.
      if (minute < 40) for (const c of channels) await send(`outage-${c}-${minute}`, channel(c), `${c} ${minute}`);
      // The weekly posts fall due at 15:00, in the middle of it.
      if (minute === 30) await bot.core.scheduler.tick();
      await bot.core.outbox.drain();
    }

    const delivered = platform.delivered.slice(deliveredBefore);
    for (const c of channels) {
      const texts = delivered.filter((d) => whereTo(d) === `#${c}`).map((d) => d.message.text);
      expect(texts).toEqual(Array.from({ length: 40 }, (_, minute) => `${c} ${minute}`));
    }
    expect(delivered.filter((d) => headingOf(d).startsWith('IPS team meeting agenda')).map(whereTo)).toEqual(['#harbour-ips']);
    expect(delivered.filter((d) => headingOf(d).startsWith('Caseload summary')).map(whereTo)).toEqual(['dm:dana']);
    // Only the oldest message of each channel is tried while the platform refuses; the rest wait their turn.
    expect(platform.refused).toBeGreaterThan(20);

    const rows = await bot.database.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: 'outage-' } } });
    expect(rows).toHaveLength(120);
    expect(rows.every((r) => r.status === 'sent' && r.sentAt !== null && r.sentAt.getTime() >= outageEnds)).toBe(true);
    expect(Math.max(...rows.map((r) => r.attempts))).toBeGreaterThan(3);
    expect(await bot.database.db.outboxMessage.count({ where: { status: { not: 'sent' } } })).toBe(0);
  });
});
