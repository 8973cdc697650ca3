// Milestones are worked out from the data by a scheduled job: each is posted
// once, whichever process ticks and however often, including after downtime.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/app.js';
import { addLocalDays, toDbDate, type LocalDate } from '../../src/core/local-date.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { recordingMessenger, type RecordingMessenger } from './recording-messenger.js';

let bot: TestBot;
let messenger: RecordingMessenger;
const db = () => bot.database.db;
const today = '2026-11-23' as LocalDate; // a Monday

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.close();
});
beforeEach(async () => {
  bot.clock.set('2026-11-23T10:00:00Z');
  await bot.core.outbox.stop(); // a drain woken by the last test must not race the clean-up
  messenger = recordingMessenger();
  bot.core.outbox.register(messenger);
  await db().outboxMessage.deleteMany();
  await db().celebration.deleteMany();
  await db().interview.deleteMany();
  await db().job.deleteMany();
  await db().client.updateMany({ data: { celebrationsOptOut: false } });
});

async function addJob(ref: string, startedDaysAgo: number, extra: { endOn?: LocalDate; quiet?: boolean } = {}) {
  const client = await db().client.findUniqueOrThrow({ where: { ref } });
  const employer = await db().employer.findFirstOrThrow({ where: { name: 'Quayside Logistics' } });
  return db().job.create({
    data: {
      clientId: client.id,
      employerId: employer.id,
      specialistId: client.specialistId!,
      role: 'Picker',
      jobType: 'logistics',
      startOn: toDbDate(addLocalDays(today, -startedDaysAgo)),
      endOn: extra.endOn ? toDbDate(extra.endOn) : null,
      quiet: extra.quiet ?? false,
    },
  });
}

const celebrationRows = () => db().outboxMessage.findMany({ where: { dedupeKey: { startsWith: 'celebration:' } }, orderBy: { id: 'asc' } });
const keys = async () => (await db().celebration.findMany({ orderBy: { key: 'asc' } })).map((c) => c.key);

describe('milestones', () => {
  it('posts 4, 13 and 26 weeks in work once each, across two processes and repeated ticks', async () => {
    const four = await addJob('SJ-14', 28);
    const thirteen = await addJob('MT-21', 91);
    const twentySix = await addJob('RB-33', 182);
    await addJob('LW-18', 27); // a day short of 4 weeks
    const second = createCore({ database: bot.database, clock: bot.clock });
    second.outbox.register(messenger); // both processes are connected to the platform
    await Promise.all([bot.core.scheduler.tick(), second.scheduler.tick()]);
    await bot.core.scheduler.tick();
    await second.scheduler.tick();
    expect(await keys()).toEqual([`weeks13:${thirteen.id}`, `weeks26:${twentySix.id}`, `weeks4:${four.id}`].sort());
    // Each to its team channel and the unit channel, once.
    expect(await celebrationRows()).toHaveLength(6);
    await Promise.all([bot.core.outbox.drain(), second.outbox.drain()]);
    await second.outbox.stop();
    const northside = messenger.postsIn('northside-cmht').map((p) => p.message.text);
    expect(northside).toHaveLength(3);
    expect(northside.some((t) => /4 weeks in work/.test(t))).toBe(true);
    expect(northside.some((t) => /6 months in work/.test(t))).toBe(true);
    expect(northside.join('\n')).not.toMatch(/SJ-14|MT-21|RB-33|Quayside/);
  });

  it('catches up after days of downtime, but treats milestones older than two weeks as history', async () => {
    const missed = await addJob('SJ-14', 28 + 5); // 4 weeks came five days ago, while the bot was down
    await addJob('MT-21', 28 + 20);
    await bot.core.scheduler.tick();
    expect(await keys()).toEqual([`weeks4:${missed.id}`]);
  });

  it('skips jobs that ended, were logged quiet, or belong to someone who opted out', async () => {
    await addJob('SJ-14', 28, { endOn: addLocalDays(today, -1) });
    await addJob('MT-21', 28, { quiet: true });
    await addJob('RB-33', 28);
    await db().client.update({ where: { ref: 'RB-33' }, data: { celebrationsOptOut: true } });
    const running = await addJob('LW-18', 28, { endOn: addLocalDays(today, 10) });
    await bot.core.scheduler.tick();
    expect(await keys()).toEqual([`weeks4:${running.id}`]);
  });

  it("celebrates a person's first interview after programme entry, once", async () => {
    const sj = await db().client.findUniqueOrThrow({ where: { ref: 'SJ-14' } }); // programme entry 12 days ago
    const hn = await db().client.findUniqueOrThrow({ where: { ref: 'HN-02' } }); // entry 5 days ago
    const cafe = await db().employer.findFirstOrThrow({ where: { name: 'Harbour Café' } });
    await db().interview.create({ data: { clientId: sj.id, employerId: cafe.id, interviewOn: toDbDate(addLocalDays(today, -2)) } });
    await db().interview.create({ data: { clientId: sj.id, interviewOn: toDbDate(addLocalDays(today, -1)) } });
    // Before programme entry: not the milestone.
    await db().interview.create({ data: { clientId: hn.id, interviewOn: toDbDate(addLocalDays(today, -8)) } });
    await bot.core.scheduler.tick();
    bot.clock.advance(3600_000);
    await bot.core.scheduler.tick();
    expect(await keys()).toEqual([`interview:${sj.id}`]);
    await bot.core.outbox.drain();
    const [post] = messenger.postsIn('northside-cmht');
    expect(post!.message.text).toMatch(/first (job )?interview/i);
    expect(post!.message.text).toContain('a café');
    expect(post!.message.text).not.toContain('Harbour Café');
    expect(post!.message.text).toContain('Thanks to Aroha Ngata');
  });
});
