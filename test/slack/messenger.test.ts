import { createServer } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webClientOptions } from '../../adapters/slack/index.js';
import { createSlackMessenger } from '../../adapters/slack/slack-messenger.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';
import { fileStore } from '../../src/files/file-store.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { message } from '../../src/core/reply.js';
import { DeliveryError, type Destination } from '../../src/core/messenger.js';
import { enqueue } from '../../src/outbox/outbox.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { startSlackHarness, slackUsers, type SlackHarness } from './slack-harness.js';
import { teamId } from './slack-requests.js';

const channel: Destination = {
  kind: 'conversation',
  conversation: { platform: 'slack', workspace: teamId, channelId: 'C0NORTH', isDirect: false },
};
const hello = message([
  { kind: 'heading', text: 'Job start' },
  { kind: 'paragraph', text: "SJ-14 started at <Perry's> & co" },
]);

let fake: FakeSlack;
let bot: TestBot;
let files: FileAccess;
beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startTestBot({ demo: false });
  files = (await bot.core.adapterServices()).files;
});
afterAll(async () => {
  await fake?.close();
  await bot?.close();
});

const messengerOn = (apiUrl: string) =>
  createSlackMessenger(new webApi.WebClient('xoxb-fake', { ...webClientOptions(apiUrl), logLevel: webApi.LogLevel.ERROR }), files);

describe('Slack messenger', () => {
  it('posts to a channel as Block Kit with escaped text, then updates and deletes that message', async () => {
    const messenger = messengerOn(fake.apiUrl);
    const ref = await messenger.post(channel, hello);
    const post = fake.callsTo('chat.postMessage').at(-1)!;
    expect(post.body).toMatchObject({ channel: 'C0NORTH', text: "Job start\nSJ-14 started at &lt;Perry's&gt; &amp; co" });
    expect(post.body.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Job start', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: "SJ-14 started at &lt;Perry's&gt; &amp; co" } },
    ]);
    expect(ref).toMatchObject({ platform: 'slack', channelId: 'C0NORTH' });
    await messenger.update(ref, message([{ kind: 'paragraph', text: 'edited' }]));
    expect(fake.callsTo('chat.update').at(-1)!.body).toMatchObject({ channel: 'C0NORTH', ts: ref.messageId, text: 'edited' });
    await messenger.delete(ref);
    expect(fake.callsTo('chat.delete').at(-1)!.body).toMatchObject({ channel: 'C0NORTH', ts: ref.messageId });
  });

  it('sends a direct message to the user id and keeps the DM channel for later edits; files follow by files.uploadV2', async () => {
    const messenger = messengerOn(fake.apiUrl);
    const csv = Buffer.from('week,contacts\n2026-W48,6\n');
    const stored = await fileStore(bot.database.db, bot.clock.now(), 3600_000).save({
      name: 'week.csv',
      mimeType: 'text/csv',
      bytes: csv,
      title: 'Week',
    });
    const withFile = message([{ kind: 'paragraph', text: 'Your week' }], [stored]);
    const ref = await messenger.post({ kind: 'direct', platform: 'slack', userId: slackUsers.aroha }, withFile);
    expect(fake.callsTo('chat.postMessage').at(-1)!.body.channel).toBe(slackUsers.aroha);
    expect(ref.channelId).toBe('D0AROHA01');
    const url = fake.callsTo('files.getUploadURLExternal').at(-1)!;
    expect(url.body).toMatchObject({ filename: 'week.csv', length: String(csv.length) });
    const complete = await fake.waitFor('files.completeUploadExternal');
    expect(complete.body).toMatchObject({ channel_id: 'D0AROHA01' });
    expect(fake.callsTo('upload/Fweek.csv').map((c) => c.file?.toString())).toEqual([csv.toString()]);
  });

  const closedPort = async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    await new Promise((r) => server.close(r));
    return port;
  };

  it.each([
    [
      '429 with Retry-After',
      { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } },
      { retryable: true, retryAfterMs: 30_000 },
    ],
    ['HTTP 500', { status: 500, body: 'oops' }, { retryable: true, retryAfterMs: undefined }],
    ['HTTP 503', { status: 503, body: 'down' }, { retryable: true, retryAfterMs: undefined }],
    ['channel_not_found', { body: { ok: false, error: 'channel_not_found' } }, { retryable: false, retryAfterMs: undefined }],
    ['not_in_channel', { body: { ok: false, error: 'not_in_channel' } }, { retryable: false, retryAfterMs: undefined }],
    ['invalid_auth', { body: { ok: false, error: 'invalid_auth' } }, { retryable: false, retryAfterMs: undefined }],
    ['internal_error', { body: { ok: false, error: 'internal_error' } }, { retryable: true, retryAfterMs: undefined }],
  ])('%s becomes a DeliveryError the outbox understands', async (_, answer, expected) => {
    const own = await startFakeSlack();
    own.answer('chat.postMessage', () => answer);
    try {
      const error = await messengerOn(own.apiUrl)
        .post(channel, hello)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject(expected);
      // The client itself did not retry: the outbox owns retries.
      expect(own.callsTo('chat.postMessage')).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it('a network failure is retryable', async () => {
    const error = await messengerOn(`http://127.0.0.1:${await closedPort()}/api/`)
      .post(channel, hello)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ retryable: true });
  });
});

describe('the outbox through the Slack adapter', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a rate-limited post stays in the outbox until Retry-After has passed, then is sent', async () => {
    const { db } = h.bot.database;
    // Other tests post through the same fake Slack: count only this test's attempts.
    const earlierPosts = h.fake.callsTo('chat.postMessage').length;
    let limited = true;
    h.fake.answer('chat.postMessage', () =>
      limited ? { status: 429, headers: { 'retry-after': '120' }, body: { ok: false, error: 'ratelimited' } } : undefined,
    );
    await enqueue(db, { dedupeKey: 'celebration:1', to: channel, message: hello }, h.bot.clock.now());
    expect(await h.bot.core.outbox.drain()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const waiting = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'celebration:1' } });
    expect(waiting.status).toBe('pending');
    expect(waiting.notBefore.getTime() - h.bot.clock.now().getTime()).toBeGreaterThanOrEqual(120_000);

    limited = false;
    h.bot.clock.advance(119_000);
    expect(await h.bot.core.outbox.drain()).toEqual({ sent: 0, retried: 0, failed: 0 });
    h.bot.clock.advance(1_000);
    expect(await h.bot.core.outbox.drain()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'celebration:1' } });
    expect(sent).toMatchObject({ status: 'sent', platformRef: { platform: 'slack', channelId: 'C0NORTH' } });
    expect(h.fake.callsTo('chat.postMessage').slice(earlierPosts)).toHaveLength(2);
  });

  it('a message to a roster member goes to their linked Slack account', async () => {
    const { db } = h.bot.database;
    const ben = await db.staff.findUniqueOrThrow({ where: { handle: 'ben' } });
    await enqueue(db, { dedupeKey: 'reminder:ben', to: { kind: 'staff', staffId: ben.id }, message: hello }, h.bot.clock.now());
    expect(await h.bot.core.outbox.drain()).toMatchObject({ sent: 1 });
    expect(h.fake.callsTo('chat.postMessage').at(-1)!.body.channel).toBe(slackUsers.ben);
  });
});
