// Consent is decided when a message is sent, not when it is queued: a
// celebration about a person is stored as typed facts and drawn up by the
// dispatcher from the consent recorded then. A withdrawal after posting
// offers an edit to the anonymous form, made on Slack by the real Bolt
// WebClient against a fake Slack (chat.update).
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webClientOptions } from '../../adapters/slack/index.js';
import { createSlackMessenger } from '../../adapters/slack/slack-messenger.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { recordingMessenger, type RecordingMessenger } from '../clinical/recording-messenger.js';
import { startFakeSlack, type FakeSlack } from '../slack/fake-slack.js';
import { teamId } from '../slack/slack-requests.js';

let bot: TestBot;
let fake: FakeSlack;
let terminal: RecordingMessenger;
let slackCallsBefore: number;
const db = () => bot.database.db;

beforeAll(async () => {
  bot = await startTestBot();
  fake = await startFakeSlack();
  const northside = await db().clinicalTeam.findUniqueOrThrow({ where: { key: 'northside' } });
  await db().channelBinding.create({ data: { platform: 'slack', workspace: teamId, channelId: 'C0NORTH', clinicalTeamId: northside.id } });
  const files = (await bot.core.adapterServices()).files;
  const web = new webApi.WebClient('xoxb-fake', { ...webClientOptions(fake.apiUrl), logLevel: webApi.LogLevel.ERROR });
  bot.core.outbox.register(createSlackMessenger(web, files));
});
afterAll(async () => {
  await fake.close();
  await bot.close();
});
beforeEach(async () => {
  slackCallsBefore = fake.calls.length;
  await bot.core.outbox.stop();
  terminal = recordingMessenger();
  bot.core.outbox.register(terminal);
  await db().outboxMessage.deleteMany();
  await db().celebration.deleteMany();
  await db().job.deleteMany();
  await db().client.updateMany({ data: { consentToBeNamed: false, firstName: null, celebrationsOptOut: false } });
});

async function ok(handle: string, line: string): Promise<string> {
  const { reply, text } = await bot.say(handle, line);
  expect(reply.kind, text).toBe('message');
  return text;
}

// The fake keeps every test's calls: a test counts only the posts it caused.
const slackPostsTo = (channel: string) =>
  fake.calls
    .slice(slackCallsBefore)
    .filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel)
    .map((c) => String(c.body.text));

describe('consent decided at send time', () => {
  it('a withdrawal between the job start and its posting time: the posted celebration names no one', async () => {
    bot.clock.set('2026-11-27T22:00:00Z'); // Friday 22:00: held for Monday 09:30
    await ok('aroha', '/client consent SJ-14 name Sam');
    await ok('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    // What waits in the outbox holds no words about the person at all.
    const queued = await db().outboxMessage.findMany({ where: { dedupeKey: { startsWith: 'celebration:' } } });
    expect(queued).toHaveLength(3); // the two terminal channels and Slack
    for (const row of queued) expect(JSON.stringify(row.message)).not.toMatch(/Sam|Harbour|barista/);

    await ok('aroha', '/client consent SJ-14 none');
    bot.clock.set('2026-11-30T09:30:00Z');
    await bot.core.outbox.drain();
    const posted = [...terminal.posts.map((p) => p.message.text), ...slackPostsTo('C0NORTH')];
    expect(posted).toHaveLength(3);
    for (const text of posted) {
      expect(text).toMatch(/someone on the Northside CMHT caseload/i);
      expect(text).not.toMatch(/Sam|Harbour Café|SJ-14/);
    }
  });

  it('"no celebrations" before posting time: nothing is posted', async () => {
    bot.clock.set('2026-11-27T22:00:00Z');
    await ok('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    await ok('aroha', '/client consent SJ-14 no-celebrations');
    bot.clock.set('2026-11-30T10:00:00Z');
    const calls = fake.callsTo('chat.postMessage').length;
    await bot.core.outbox.drain();
    expect(terminal.posts).toEqual([]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(calls);
    expect(await db().outboxMessage.count({ where: { status: 'cancelled' } })).toBe(3);
  });

  it('a withdrawal after posting offers the edit, and the edit names no one on Slack and the terminal', async () => {
    bot.clock.set('2026-11-23T10:00:00Z');
    await ok('aroha', '/client consent SJ-14 name Sam');
    await ok('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    await bot.core.outbox.drain();
    expect(slackPostsTo('C0NORTH').at(-1)).toContain('Sam');

    const offer = await bot.say('aroha', '/client consent SJ-14 none');
    expect(offer.text).toContain('3 posts already in a channel name SJ-14');
    expect(offer.reply.kind === 'message' && offer.reply.message.blocks.at(-1)).toEqual({
      kind: 'buttons',
      buttons: [{ label: 'Make anonymous', command: 'celebrate', args: 'anonymise SJ-14', style: 'primary' }],
    });
    const anonymised = await db().auditEvent.count({ where: { action: 'celebration.anonymise' } });
    expect(await ok('aroha', '/celebrate anonymise SJ-14')).toContain('3 posts about SJ-14 will be edited');
    await bot.core.outbox.drain();

    const edit = fake.callsTo('chat.update').at(-1)!;
    const slackPost = await db().outboxMessage.findFirstOrThrow({
      where: { dedupeKey: { startsWith: 'celebration:' }, orderingKey: { startsWith: 'slack:' } },
    });
    expect(edit.body).toMatchObject({ channel: 'C0NORTH', ts: (slackPost.platformRef as { messageId: string }).messageId });
    expect(String(edit.body.text)).toMatch(/someone on the Northside CMHT caseload/i);
    expect(String(edit.body.text)).not.toMatch(/Sam|Harbour Café/);
    expect(terminal.updates.map((u) => u.ref)).toEqual(terminal.posts.map((p) => p.ref));
    for (const u of terminal.updates) expect(u.message.text).not.toMatch(/Sam|Harbour Café/);
    expect(await db().auditEvent.count({ where: { action: 'celebration.anonymise' } })).toBe(anonymised + 1);
    // Nothing left that names them.
    expect(await ok('aroha', '/celebrate anonymise SJ-14')).toContain('No post still up names SJ-14');
  });
});
