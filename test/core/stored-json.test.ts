// JSON the bot stored is checked where it is read back: an outbox row or a
// stored reply of the wrong shape is caught there, named, and never handed to
// a platform or a person as if it were right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingMessenger } from '../digests/recording-messenger.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
const platform = recordingMessenger();
beforeAll(async () => {
  bot = await startTestBot();
  bot.core.outbox.register(platform);
});
afterAll(async () => {
  await bot?.close();
});

describe('stored JSON', () => {
  it('fails an outbox row of the wrong shape for good, with a reason, and sends nothing', async () => {
    const now = bot.clock.now();
    await bot.database.db.outboxMessage.create({
      data: {
        dedupeKey: 'bad-shape',
        orderingKey: 'console:local:harbour-ips',
        destination: {
          kind: 'conversation',
          conversation: { platform: 'console', workspace: 'local', channelId: 'harbour-ips', isDirect: false },
        },
        message: { text: 'no blocks here' },
        notBefore: now,
        createdAt: now,
      },
    });
    const delivered = platform.delivered.length;
    expect(await bot.core.outbox.drain()).toMatchObject({ sent: 0, failed: 1 });
    expect(platform.delivered.length).toBe(delivered);
    const row = await bot.database.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'bad-shape' } });
    expect(row).toMatchObject({ status: 'failed', lastError: expect.stringContaining('not of a shape the bot sends') });
  });

  it('answers a redelivery whose stored reply is of the wrong shape with an apology, not with what was stored', async () => {
    await bot.database.db.processedCommand.create({
      data: { key: 'console:local:stored-1', reply: { kind: 'message', message: 'not a message' } },
    });
    // A delivery whose key was handled before rolls back on the key and reads the stored reply.
    const before = await bot.database.db.employerContact.count();
    const { reply, text } = await bot.say('aroha', '/contact Harbour Cafe f2f', { idempotencyKey: 'stored-1' });
    expect(reply.kind).toBe('error');
    expect(text).toMatch(/Something went wrong on our side; nothing was saved \(ref E-/);
    expect(await bot.database.db.employerContact.count()).toBe(before);
  });
});
