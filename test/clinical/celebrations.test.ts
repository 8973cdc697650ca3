// Job-start celebrations through the real /jobstart command, the outbox and a
// recording messenger: where they go, what they say, when, and withdrawal.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { recordingMessenger, type RecordingMessenger } from './recording-messenger.js';

let bot: TestBot;
let messenger: RecordingMessenger;
const db = () => bot.database.db;

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.close();
});
beforeEach(async () => {
  bot.clock.set('2026-11-23T10:00:00Z'); // Monday 10:00 in London
  await bot.core.outbox.stop(); // a drain woken by the last test must not race the clean-up
  messenger = recordingMessenger();
  bot.core.outbox.register(messenger);
  await db().outboxMessage.deleteMany();
  await db().celebration.deleteMany();
  await db().job.deleteMany();
  await db().client.updateMany({ data: { consentToBeNamed: false, firstName: null, celebrationsOptOut: false } });
  await db().clinicalTeam.updateMany({ data: { threadCelebrations: false } });
});

async function jobStart(handle: string, line: string) {
  const { reply, text } = await bot.say(handle, line);
  expect(reply.kind, text).toBe('message');
  await bot.core.outbox.drain();
}

const texts = (channel: string) => messenger.postsIn(channel).map((p) => p.message.text);

describe('job-start celebrations', () => {
  it('posts to the team channel and the unit channel, naming no one and thanking the specialist', async () => {
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today 20h');
    const [post] = texts('northside-cmht');
    expect(texts('northside-cmht')).toHaveLength(1);
    expect(texts('harbour-ips')).toEqual([post]);
    expect(texts('eastside-cmht')).toEqual([]);
    expect(post).toMatch(/someone on the Northside CMHT caseload/i);
    expect(post).toContain('barista');
    expect(post).toContain('a café');
    expect(post).toContain('Thanks to Aroha Ngata');
    expect(post).not.toContain('SJ-14');
    expect(post).not.toMatch(/\bS\.?\s?J\b/);
    expect(post).not.toContain('Harbour Café');
    const job = await db().job.findFirstOrThrow();
    const celebration = await db().celebration.findUniqueOrThrow({ where: { key: `start:${job.id}` } });
    expect(celebration.outboxKeys).toHaveLength(2);
  });

  it('names the person and the employer only with recorded consent', async () => {
    await db().client.update({ where: { ref: 'SJ-14' }, data: { consentToBeNamed: true, firstName: 'Sam' } });
    await db().client.update({ where: { ref: 'MT-21' }, data: { consentToBeNamed: false, firstName: 'Mere' } });
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    await jobStart('aroha', "/jobstart MT-21 Perry's Garden Centre, retail assistant today");
    const [named, unnamed] = texts('northside-cmht');
    expect(named).toContain('Sam');
    expect(named).toContain('Harbour Café');
    expect(unnamed).not.toContain('Mere');
    expect(unnamed).not.toContain('MT-21');
    expect(unnamed).not.toContain('Perry');
    expect(unnamed).toContain('a garden centre');
  });

  it('posts nothing for a person who opted out, or a job logged quiet', async () => {
    await db().client.update({ where: { ref: 'SJ-14' }, data: { celebrationsOptOut: true } });
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    await jobStart('aroha', '/jobstart MT-21 Quayside Logistics, picker today quiet');
    expect(messenger.posts).toEqual([]);
    expect(await db().celebration.count()).toBe(0);
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: 'celebration:' } } })).toBe(0);
  });

  it('holds a job start logged at 22:00 on a Friday until 09:30 on Monday', async () => {
    bot.clock.set('2026-11-27T22:00:00Z'); // Friday 22:00 in London
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    expect(messenger.posts).toEqual([]);
    const row = await db().outboxMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: 'celebration:' } } });
    expect(row.notBefore.toISOString()).toBe('2026-11-30T09:30:00.000Z');
    bot.clock.set('2026-11-30T09:29:00Z');
    await bot.core.outbox.drain();
    expect(messenger.posts).toEqual([]);
    bot.clock.set('2026-11-30T09:30:00Z');
    await bot.core.outbox.drain();
    expect(texts('northside-cmht')).toHaveLength(1);
  });

  it('holds a job start logged at 22:00 on a weekday until 09:30 the next morning, in summer time too', async () => {
    bot.clock.set('2027-06-15T21:00:00Z'); // Tuesday 22:00 BST
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    const row = await db().outboxMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: 'celebration:' } } });
    expect(row.notBefore.toISOString()).toBe('2027-06-16T08:30:00.000Z'); // Wednesday 09:30 BST
  });

  it("threads a week's celebrations under the week's first one when the team prefers", async () => {
    await db().clinicalTeam.update({ where: { key: 'northside' }, data: { threadCelebrations: true } });
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    await jobStart('aroha', '/jobstart MT-21 Quayside Logistics, picker today');
    bot.clock.set('2026-11-25T11:00:00Z');
    await jobStart('ben', '/jobstart RB-33 Quayside Logistics, forklift driver today');
    const [first, second, third] = messenger.postsIn('northside-cmht');
    expect(first!.to.kind === 'conversation' && first!.to.conversation.threadId).toBeFalsy();
    for (const reply of [second!, third!]) {
      expect(reply.to.kind === 'conversation' && reply.to.conversation.threadId).toBe(first!.ref.messageId);
    }
    // The unit channel is not threaded.
    expect(messenger.postsIn('harbour-ips').every((p) => p.to.kind === 'conversation' && !p.to.conversation.threadId)).toBe(true);
    // A new week starts a new thread.
    bot.clock.set('2026-11-30T11:00:00Z');
    await db().job.deleteMany(); // so that SJ-14 may start again
    await jobStart('aroha', "/jobstart SJ-14 Perry's Garden Centre, retail assistant today");
    const next = messenger.postsIn('northside-cmht')[3]!;
    expect(next.to.kind === 'conversation' && next.to.conversation.threadId).toBeFalsy();
  });
});

describe('/celebrate undo', () => {
  it('deletes a posted celebration on the platform through the outbox, and records it', async () => {
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    const posted = messenger.posts.map((p) => p.ref);
    expect(posted).toHaveLength(2);
    bot.clock.advance(60 * 60_000);
    const { reply, text } = await bot.say('aroha', '/celebrate undo');
    expect(reply.kind).toBe('message');
    expect(text).toContain('Celebration withdrawn');
    expect(text).toContain('removed from 2 channels');
    await bot.core.outbox.drain();
    expect(messenger.deletes).toEqual(posted);
    const celebration = await db().celebration.findFirstOrThrow();
    expect(celebration.withdrawnAt?.toISOString()).toBe('2026-11-23T11:00:00.000Z');
    const audit = await db().auditEvent.findFirst({ where: { action: 'celebration.withdraw', entityId: String(celebration.id) } });
    expect(audit).not.toBeNull();
    // Nothing left to withdraw.
    const again = await bot.say('aroha', '/celebrate undo');
    expect(again.reply.kind).toBe('error');
    await bot.core.outbox.drain();
    expect(messenger.deletes).toHaveLength(2);
  });

  it('cancels a celebration still held for the morning, so it is never posted', async () => {
    bot.clock.set('2026-11-27T22:00:00Z');
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    const { text } = await bot.say('aroha', '/celebrate undo');
    expect(text).toContain('had not been posted yet');
    bot.clock.set('2026-11-30T10:00:00Z');
    await bot.core.outbox.drain();
    expect(messenger.posts).toEqual([]);
    expect(messenger.deletes).toEqual([]);
    expect(await db().outboxMessage.count({ where: { status: 'cancelled' } })).toBe(2);
  });

  it('takes down a celebration that was being posted at the moment it was withdrawn', async () => {
    let postStarted!: () => void;
    const started = new Promise<void>((resolve) => (postStarted = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: typeof messenger = {
      ...messenger,
      async post(to, message) {
        postStarted();
        await gate;
        return messenger.post(to, message);
      },
    };
    bot.core.outbox.register(slow);
    await bot.say('aroha', '/jobstart SJ-14 Harbour Cafe, barista today'); // wakes the outbox: the post begins
    await started;
    const { text } = await bot.say('aroha', '/celebrate undo');
    expect(text).toContain('Celebration withdrawn');
    release();
    await bot.core.outbox.drain();
    expect(messenger.posts).toHaveLength(1); // the one already on its way
    expect(messenger.deletes).toEqual([messenger.posts[0]!.ref]);
    expect(await db().outboxMessage.count({ where: { status: 'sent', dedupeKey: { startsWith: 'celebration:' } } })).toBe(0);
  });

  it("withdraws only the caller's own, and only within 24 hours", async () => {
    await jobStart('aroha', '/jobstart SJ-14 Harbour Cafe, barista today');
    const other = await bot.say('ben', '/celebrate undo');
    expect(other.reply.kind).toBe('error');
    expect(other.text).toContain('no celebration from the last 24 hours');
    bot.clock.advance(25 * 3600_000);
    const late = await bot.say('aroha', '/celebrate undo');
    expect(late.reply.kind).toBe('error');
    expect(await db().celebration.count({ where: { withdrawnAt: { not: null } } })).toBe(0);
  });

  it('refuses clinicians and unknown words with an example', async () => {
    expect((await bot.say('eli', '/celebrate undo')).text).toContain('your role is clinician');
    const odd = await bot.say('aroha', '/celebrate redo');
    expect(odd.reply.kind).toBe('error');
    expect(odd.text).toContain('/celebrate can: anonymise, undo.');
  });
});
