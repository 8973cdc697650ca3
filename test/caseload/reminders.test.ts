// The daily reminder over a simulated year, read back from the outbox (the
// record of what was sent): which days a follow-along reminder came, that it
// never came at weekends, while the specialist was away, or twice in a day,
// what happened when the bot was down for days, across daylight-saving
// changes and when the unit's time zone changed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { parseISO } from 'date-fns/parseISO';
import { createReminderJob } from '../../src/reminders/reminder-job.js';
import type { ScheduledJob } from '../../src/scheduling/scheduler.js';
import type { Message } from '../../src/core/message.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

interface Sent {
  date: string;
  text: string;
}

async function remindersFor(bot: TestBot, handle: string): Promise<Sent[]> {
  const staff = await bot.database.db.staff.findUniqueOrThrow({ where: { handle } });
  const rows = await bot.database.db.outboxMessage.findMany({
    where: { dedupeKey: { startsWith: `reminders:${staff.id}:` } },
    orderBy: { id: 'asc' },
  });
  for (const row of rows) expect(row.destination).toEqual({ kind: 'staff', staffId: staff.id });
  return rows.map((r) => ({ date: r.dedupeKey.split(':')[2]!, text: (r.message as unknown as Message).text }));
}

const day = (iso: string, n: number) => formatISO(addDays(parseISO(iso), n), { representation: 'date' });

describe('a year of reminders for one job start', () => {
  let bot: TestBot;
  let job: ScheduledJob;
  let sent: Sent[];
  /** Days on which the reminder listed follow-along for SJ-14. */
  let followAlongDays: string[];
  const downDays = ['2027-01-27', '2027-01-28', '2027-01-29', '2027-01-30', '2027-01-31'];
  const awayDays = ['2027-06-28', '2027-06-29', '2027-06-30'];

  beforeAll(async () => {
    // Monday 23 November 2026, 08:00 in London: before the 09:00 reminder.
    bot = await startTestBot({ now: '2026-11-23T08:00:00Z' });
    job = createReminderJob({ db: bot.database.db });
    // Aroha's reminders are the subject; the others' would only slow the year down.
    await bot.database.db.staff.updateMany({ where: { handle: { in: ['ben', 'chen'] } }, data: { active: false } });
    const arohaId = (await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } })).id;
    expect((await bot.say('aroha', '/jobstart SJ-14 Harbour Café, barista 2026-11-30 20h')).reply.kind).toBe('message');
    followAlongDays = [];
    for (let date = '2026-11-23'; date <= '2027-12-03'; date = day(date, 1)) {
      if (downDays.includes(date)) continue;
      if (date === awayDays[0]) {
        bot.clock.set(`${date}T06:00:00Z`);
        expect((await bot.say('aroha', '/ips away until wed')).reply.kind).toBe('message');
      }
      // Noon UTC is between 09:00 and 20:00 in London, summer and winter.
      bot.clock.set(`${date}T12:00:00Z`);
      await job.run(bot.clock.now());
      await job.run(bot.clock.now());
      const today = await bot.database.db.outboxMessage.findUnique({ where: { dedupeKey: `reminders:${arohaId}:${date}` } });
      if (today && /SJ-14.*(follow-along|starts as)/.test((today.message as unknown as Message).text)) {
        followAlongDays.push(date);
        // A diligent specialist sees the person that day, which clears it.
        expect((await bot.say('aroha', '/client met SJ-14 f2f at work')).reply.kind).toBe('message');
      }
    }
    sent = await remindersFor(bot, 'aroha');
  }, 300_000);
  afterAll(async () => {
    await bot?.close();
  });

  it('reminds before the start, within 3 days after, weekly for a month, then monthly for a year', () => {
    expect(followAlongDays).toEqual([
      '2026-11-27', // before the start (logged a week ahead): due by Sun 29 Nov, shown from Fri
      '2026-11-30', // start day: within 3 days after
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
      '2026-12-28', // weekly, due each Monday (shown from the weekend: Monday's bundle)
      '2027-02-01', // month 2 was due Sat 30 Jan, shown from Thu 28 Jan: the bot was down, so it came when it was back
      // (the late visit on 1 Feb falls in month 3's window, 31 Jan to 28 Feb, so month 3 needs no reminder)
      '2027-03-29',
      '2027-04-28',
      '2027-05-28',
      '2027-07-01', // month 7 due Wed 30 Jun: the specialist was away Mon to Wed
      // (the visit on 1 Jul is in month 8's window, 1 Jul to 30 Jul)
      '2027-08-30',
      '2027-09-28',
      '2027-10-28',
      '2027-11-29',
    ]);
  });

  it('says how to clear each item, and that a missed one is late', () => {
    const back = sent.find((s) => s.date === '2027-02-01')!;
    expect(back.text).toContain('SJ-14, barista at Harbour Café: monthly follow-along (was due by Sat 30 Jan)');
    expect(back.text).toContain('Clear it: /client met SJ-14 f2f');
  });

  it('sends at most one bundle a day, on weekdays only, nothing while down or away', () => {
    expect(new Set(sent.map((s) => s.date)).size).toBe(sent.length);
    expect(sent.filter((s) => getISODay(parseISO(s.date)) > 5)).toEqual([]);
    expect(sent.filter((s) => downDays.includes(s.date) || awayDays.includes(s.date))).toEqual([]);
  });

  it('brings the standing flags with the first bundle of each week only', () => {
    const flagged = sent.filter((s) => s.text.includes('MT-21 is on day'));
    expect(flagged.length).toBeGreaterThan(40);
    for (const s of flagged) {
      const firstOfWeek = sent.find(
        (t) => getISOWeek(parseISO(t.date)) === getISOWeek(parseISO(s.date)) && t.date.slice(0, 4) === s.date.slice(0, 4),
      );
      expect(firstOfWeek?.date).toBe(s.date);
    }
    // Three months without service or outreach: MT-21 joined 45 days before the start and never had any.
    expect(sent.find((s) => s.text.includes('MT-21 has had no service or outreach since'))).toBeDefined();
  });
});

describe('the reminder time across daylight saving and a change of time zone', () => {
  let bot: TestBot;
  let job: ScheduledJob;
  let arohaId: number;
  const claimed = async (date: string) =>
    (await bot.database.db.scheduledRun.count({ where: { key: `reminders:${arohaId}:${date}` } })) === 1;

  beforeAll(async () => {
    bot = await startTestBot({ now: '2027-03-22T08:00:00Z' });
    job = createReminderJob({ db: bot.database.db });
    arohaId = (await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } })).id;
  });
  beforeEach(async () => {
    const { db } = bot.database;
    // A day an earlier case claimed would read as sent at any time of that day;
    // and each case is about London at 09:00, which the time zone case changes.
    await db.scheduledRun.deleteMany({ where: { key: { startsWith: 'reminders:' } } });
    await db.outboxMessage.deleteMany({ where: { dedupeKey: { startsWith: 'reminders:' } } });
    await db.vocationalUnit.update({ where: { key: 'harbour' }, data: { timeZone: 'Europe/London', reminderTime: '09:00' } });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it.each([
    // Friday 26 March 2027 is GMT: 09:00 local is 09:00 UTC.
    ['2027-03-26T08:59:00Z', '2027-03-26', false],
    ['2027-03-26T09:00:00Z', '2027-03-26', true],
    // Monday 29 March 2027 is BST (clocks went forward on the 28th): 09:00 local is 08:00 UTC.
    ['2027-03-29T07:59:00Z', '2027-03-29', false],
    ['2027-03-29T08:00:00Z', '2027-03-29', true],
    // Back to GMT on 31 October 2027.
    ['2027-11-01T08:30:00Z', '2027-11-01', false],
    ['2027-11-01T09:00:00Z', '2027-11-01', true],
    // 20:00 local and later: nothing, the next morning's bundle carries it.
    ['2027-11-02T20:00:00Z', '2027-11-02', false],
  ])('at %s the reminder for %s is sent: %s', async (at, date, expected) => {
    bot.clock.set(at);
    await job.run(bot.clock.now());
    expect(await claimed(date)).toBe(expected);
  });

  it('follows the unit to a new time zone without sending a local day twice', async () => {
    // Wednesday 3 November 2027, 10:00 in London: sent for the 3rd.
    bot.clock.set('2027-11-03T10:00:00Z');
    await job.run(bot.clock.now());
    expect(await claimed('2027-11-03')).toBe(true);
    await bot.database.db.vocationalUnit.update({
      where: { key: 'harbour' },
      data: { timeZone: 'Pacific/Auckland', reminderTime: '08:30' },
    });
    // 19:29 UTC is 08:29 on Thursday the 4th in Auckland (NZDT, UTC+13): not yet.
    bot.clock.set('2027-11-03T19:29:00Z');
    await job.run(bot.clock.now());
    expect(await claimed('2027-11-04')).toBe(false);
    bot.clock.set('2027-11-03T19:30:00Z');
    await job.run(bot.clock.now());
    expect(await claimed('2027-11-04')).toBe(true);
    // Moved back to London the same day: London's 3 November was already sent.
    await bot.database.db.vocationalUnit.update({ where: { key: 'harbour' }, data: { timeZone: 'Europe/London', reminderTime: '09:00' } });
    const before = await bot.database.db.scheduledRun.count();
    bot.clock.set('2027-11-03T19:45:00Z');
    await job.run(bot.clock.now());
    expect(await bot.database.db.scheduledRun.count()).toBe(before);
  });

  it('runs from the scheduler as one of its jobs', async () => {
    bot.clock.set('2027-11-05T12:00:00Z');
    await bot.core.scheduler.tick();
    expect(await claimed('2027-11-05')).toBe(true);
  });
});

describe('employer follow-ups and job ends', () => {
  let bot: TestBot;
  let job: ScheduledJob;

  beforeAll(async () => {
    bot = await startTestBot({ now: '2026-11-23T10:00:00Z' });
    job = createReminderJob({ db: bot.database.db });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('reminds of a planned employer contact on its day (or the next weekday) until it is logged', async () => {
    // Monday 23 November: "next sat" is the 28th, so the reminder is due on Monday the 30th.
    bot.clock.set('2026-11-23T10:00:00Z');
    await bot.say('ben', "/contact Perry's Garden Centre f2f next sat met the manager");
    for (const date of ['2026-11-27', '2026-11-30', '2026-12-01']) {
      bot.clock.set(`${date}T12:00:00Z`);
      await job.run(bot.clock.now());
      if (date === '2026-11-30') await bot.say('ben', "/contact Perry's Garden Centre f2f second visit");
    }
    const sent = await remindersFor(bot, 'ben');
    const planned = sent.filter((s) => s.text.includes("Planned contact with Perry's Garden Centre"));
    expect(planned.map((s) => s.date)).toEqual(['2026-11-30']);
    expect(planned[0]!.text).toContain("Clear it: /contact Perry's Garden Centre f2f");
  });

  it('reminds within 3 days of a job end, with the command to log the contact', async () => {
    bot.clock.set('2026-12-02T10:00:00Z');
    await bot.say('chen', '/jobstart HN-02 Quayside Logistics, picker yesterday 16h');
    bot.clock.set('2026-12-07T15:00:00Z');
    await bot.say('chen', '/jobend HN-02 today agency contract ended');
    bot.clock.set('2026-12-08T12:00:00Z');
    await job.run(bot.clock.now());
    const sent = await remindersFor(bot, 'chen');
    const today = sent.find((s) => s.date === '2026-12-08')!;
    expect(today.text).toContain("HN-02's job as picker at Quayside Logistics ended on Mon 7 Dec");
    expect(today.text).toContain('Clear it: /client met HN-02 f2f');
  });
});
