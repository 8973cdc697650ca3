// Client contacts as a new user meets them in the terminal: meeting the person
// is logged with /client met, only a face-to-face meeting clears follow-along,
// a missed checkpoint stays overdue until then, a closed case is never
// overdue, and a job loss learned late is still due within 3 days.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import { createReminderJob } from '../../src/reminders/reminder-job.js';
import type { ScheduledJob } from '../../src/scheduling/scheduler.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

async function reminderOn(bot: TestBot, job: ScheduledJob, handle: string, date: string): Promise<string> {
  bot.clock.set(`${date}T12:00:00Z`);
  await job.run(bot.clock.now());
  const staff = await bot.database.db.staff.findUniqueOrThrow({ where: { handle } });
  const row = await bot.database.db.outboxMessage.findUnique({ where: { dedupeKey: `reminders:${staff.id}:${date}` } });
  return row ? (row.message as unknown as Message).text : '';
}

async function ok(bot: TestBot, handle: string, line: string): Promise<string> {
  const { reply, text } = await bot.say(handle, line);
  expect(reply.kind, text).toBe('message');
  return text;
}

async function refused(bot: TestBot, handle: string, line: string): Promise<string> {
  const { reply, text } = await bot.say(handle, line);
  expect(reply.kind, text).toBe('error');
  return text;
}

describe('follow-along clears only with a face-to-face meeting with the person', () => {
  let bot: TestBot;
  let job: ScheduledJob;
  beforeAll(async () => {
    // Monday 23 November 2026.
    bot = await startTestBot({ now: '2026-11-23T10:00:00Z' });
    job = createReminderJob({ db: bot.database.db });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('an email to the employer or a call does not clear a checkpoint; meeting the person does', async () => {
    // Monday 23 November, the day the job starts: the other tests move the clock on.
    bot.clock.set('2026-11-23T10:00:00Z');
    await ok(bot, 'aroha', '/jobstart SJ-14 Harbour Café, barista today 20h');
    // Due within 3 days of the start: by Thu 26 Nov.
    await ok(bot, 'aroha', '/contact Harbour Café email for SJ-14 asked how the first shift went');
    await ok(bot, 'aroha', '/contact Harbour Café f2f for SJ-14 met the manager');
    expect(await ok(bot, 'aroha', '/client met SJ-14 phone')).toContain('only a face-to-face meeting clears it');
    // Client contacts are never employer contacts: the log holds the two /contact entries only.
    expect(await bot.database.db.employerContact.count({ where: { client: { ref: 'SJ-14' } } })).toBe(2);
    expect(await reminderOn(bot, job, 'aroha', '2026-11-24')).toContain('SJ-14 started as barista at Harbour Café on Mon 23 Nov');

    // Missed: still there on Friday, and in the next week's reminder and summary.
    expect(await reminderOn(bot, job, 'aroha', '2026-11-27')).toContain('face-to-face follow-along within 3 days (was due by Thu 26 Nov)');
    const monday = await reminderOn(bot, job, 'aroha', '2026-11-30');
    expect(monday).toContain('SJ-14, barista at Harbour Café: weekly follow-along in the first month (due by Mon 30 Nov)');
    expect(monday).toContain('Still missed before it: 1 checkpoint, the first due by Thu 26 Nov. Clear it: /client met SJ-14 f2f');
    expect((await ok(bot, 'dana', '/ips summary')).replace(/\s+/g, ' ')).toMatch(/1 overdue: SJ-14 \(in work, due Thu 26 Nov\)/);

    const met = await ok(bot, 'aroha', '/client met SJ-14 f2f at work');
    expect(met).toContain('Meeting with SJ-14 logged: face to face at work, Mon 30 Nov');
    expect(met).toContain('Follow-along: 2 contacts due by Thu 26 Nov and after cleared');
    expect(await reminderOn(bot, job, 'aroha', '2026-12-01')).not.toContain('SJ-14');
    const summary = (await ok(bot, 'dana', '/ips summary')).replace(/\s+/g, ' ');
    expect(summary).toMatch(/0 due this week, 0 overdue/);
    // Item 24's indicator: the one meeting with a place was at work (the demo's first meetings have none).
    expect(summary).toContain(
      '24 Community-based (indicator) indicator: 100% of 1 face-to-face meetings with people in 4 weeks were out of the office',
    );
    // A week of reminders and summaries: slow on a busy machine.
  }, 120_000);

  it('a closed case is in no overdue list', async () => {
    bot.clock.set('2026-12-01T10:00:00Z');
    await ok(bot, 'aroha', '/jobstart MT-21 Quayside Logistics, picker today 16h');
    expect(await reminderOn(bot, job, 'aroha', '2026-12-07')).toContain('MT-21');
    expect(await ok(bot, 'dana', '/ips summary')).toMatch(/overdue: MT-21/);
    expect(await ok(bot, 'aroha', '/client close MT-21 moved out of the area')).toContain("MT-21's case is closed (moved away)");
    expect(await reminderOn(bot, job, 'aroha', '2026-12-08')).not.toContain('MT-21');
    expect(await ok(bot, 'dana', '/ips summary')).not.toContain('MT-21');
    expect(await ok(bot, 'aroha', '/client list')).not.toContain('MT-21');
  });

  it('a job loss learned 10 days late is due within 3 days of hearing of it, with the end date kept as typed', async () => {
    bot.clock.set('2026-12-08T10:00:00Z');
    // RB-33 joined on 18 Nov; ben learns today (Tue 8 Dec) that the job ended on Sat 28 Nov.
    await ok(bot, 'ben', '/jobstart RB-33 Harbour Café, kitchen porter 2026-11-23 16h');
    const end = await ok(bot, 'ben', '/jobend RB-33 on 28/11 contract ended');
    expect(end).toContain('Meet them face to face by Fri 11 Dec');
    const row = await bot.database.db.job.findFirstOrThrow({ where: { client: { ref: 'RB-33' } } });
    expect(row.endOn?.toISOString().slice(0, 10)).toBe('2026-11-28');
    expect(row.endReason).toBe('contract ended');
    const reminder = await reminderOn(bot, job, 'ben', '2026-12-09');
    expect(reminder).toContain("RB-33's job as kitchen porter at Harbour Café ended on Sat 28 Nov");
    expect(reminder).toContain('(due by Fri 11 Dec)');
    expect(reminder).toContain('Clear it: /client met RB-33 f2f');
  });
});

describe('closing, stepping down, reopening and handing over', () => {
  let bot: TestBot;
  let arohaId: number;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2026-11-23T10:00:00Z' });
    arohaId = (await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } })).id;
  });
  afterAll(async () => {
    await bot.close();
  });
  beforeEach(async () => {
    // MT-21 starts each test as in the demo: Aroha's, with no interviews (the handover test moves them to Ben).
    await bot.database.db.client.update({ where: { ref: 'MT-21' }, data: { specialistId: arohaId } });
    await bot.database.db.interview.deleteMany();
  });

  it('refuses "not engaging" until outreach on 3 different days over at least 4 weeks', async () => {
    expect(await refused(bot, 'ben', '/client close LW-18 not engaging')).toContain('none is logged yet');
    for (const on of ['2026-10-20', '2026-11-02', '2026-11-16']) await ok(bot, 'ben', `/outreach LW-18 phone on ${on}`);
    // 3 days, but 20 Oct to 16 Nov is 27 days: not yet 4 weeks.
    const text = await refused(bot, 'ben', '/client close LW-18 not engaging');
    expect(text).toContain('at least 3 different days over at least 4 weeks: so far 3 days, from Tue 20 Oct to Mon 16 Nov');
    expect(await bot.database.db.client.findUniqueOrThrow({ where: { ref: 'LW-18' } })).toMatchObject({ status: 'active' });
    await ok(bot, 'ben', '/outreach LW-18 home today');
    expect(await ok(bot, 'ben', '/client close LW-18 disengaged')).toContain('not engaging after documented outreach');
    expect(await ok(bot, 'ben', '/client reopen LW-18')).toContain('open again, on the active caseload');
    expect(await bot.database.db.client.findUniqueOrThrow({ where: { ref: 'LW-18' } })).toMatchObject({ status: 'active', closedOn: null });
  });

  it('steps down someone in work, and ends their follow-along', async () => {
    await ok(bot, 'aroha', '/jobstart SJ-14 Harbour Café, barista 2026-11-16 20h');
    expect(await ok(bot, 'aroha', '/client list')).toMatch(/SJ-14: .*follow-along overdue/);
    expect(await ok(bot, 'aroha', '/client stepdown SJ-14')).toContain('follow-along ends');
    const row = await bot.database.db.client.findUniqueOrThrow({ where: { ref: 'SJ-14' } });
    expect(row).toMatchObject({ status: 'closed', closeReason: 'stepped down', closedOn: new Date('2026-11-23T00:00:00Z') });
    expect(await ok(bot, 'aroha', '/client list')).not.toContain('SJ-14');
  });

  it('takes referral dates, so that a caseload can be entered with its history', async () => {
    expect(await ok(bot, 'eli', '/refer PQ on 2/11 asked about warehouse work')).toContain('Referred: PQ-01');
    expect(await bot.database.db.referral.findFirstOrThrow({ where: { client: { ref: 'PQ-01' } } })).toMatchObject({
      referredOn: new Date('2026-11-02T00:00:00Z'),
    });
    expect(await ok(bot, 'aroha', '/client add ZX northside referred 1/10')).toContain('Thu 1 Oct');
    // A meeting before the referral is refused; the first face-to-face one is the programme entry.
    expect(await refused(bot, 'aroha', '/client met ZX-01 on 30/9')).toContain('referred on Thu 1 Oct');
    expect(await ok(bot, 'aroha', '/client met ZX-01 phone on 5/10')).toContain('Programme entry is the first face-to-face meeting');
    expect(await ok(bot, 'aroha', '/client met ZX-01 at office on 12/10')).toContain('ZX-01 joined the caseload');
    await ok(bot, 'aroha', '/client met ZX-01 f2f at community on 19/10');
    const zx = await bot.database.db.client.findUniqueOrThrow({ where: { ref: 'ZX-01' }, include: { clientContacts: true } });
    expect(zx.programmeEntryOn?.toISOString().slice(0, 10)).toBe('2026-10-12');
    expect(zx.clientContacts.map((c) => [c.metOn.toISOString().slice(0, 10), c.type, c.place])).toEqual([
      ['2026-10-05', 'phone', null],
      ['2026-10-12', 'face_to_face', 'office'],
      ['2026-10-19', 'face_to_face', 'community'],
    ]);
  });

  it('logs interviews for the milestone, the agenda and the timeline', async () => {
    await ok(bot, 'aroha', '/client interview MT-21 Harbour Café on fri went well, hear back Monday');
    await ok(bot, 'aroha', '/client interview MT-21 "Quayside Logistics" today');
    const show = await ok(bot, 'aroha', '/client show MT-21');
    expect(show).toContain('2026-11-20: Job interview with Harbour Café (went well, hear back Monday)');
    expect(show).toContain('2026-11-23: Job interview with Quayside Logistics');
    const agenda = await ok(bot, 'dana', '/ips agenda');
    expect(agenda).toContain('MT-21: job interview on Fri 20 Nov, with Aroha Ngata');
    expect(agenda).toContain('MT-21: job interview on Mon 23 Nov, with Aroha Ngata');
    // Only the first interview since joining is a milestone.
    expect(agenda.match(/MT-21: first job interview since joining/g)).toHaveLength(1);
  });

  it('counts the first interview since joining, not one before joining, and not a later one in a later week', async () => {
    // MT-21 joined on Fri 9 Oct, LW-18 on Mon 14 Sep; 2 November is before the agenda's week.
    await ok(bot, 'aroha', '/client interview MT-21 Harbour Café on 1/10');
    await ok(bot, 'aroha', '/client interview MT-21 Quayside Logistics on fri');
    await ok(bot, 'ben', '/client interview LW-18 Harbour Café on 2/11');
    await ok(bot, 'ben', '/client interview LW-18 Quayside Logistics on thu');
    const agenda = await ok(bot, 'dana', '/ips agenda');
    expect(agenda).toContain('MT-21: job interview on Fri 20 Nov');
    expect(agenda).toContain('LW-18: job interview on Thu 19 Nov');
    expect(agenda.match(/first job interview since joining/g)).toEqual(['first job interview since joining']);
    expect(agenda).toContain('MT-21: first job interview since joining');
  });

  it('lets a supervisor hand a person to another specialist with the history intact', async () => {
    await ok(bot, 'aroha', '/client interview MT-21 Harbour Café on fri went well, hear back Monday');
    expect(await refused(bot, 'aroha', '/client transfer MT-21 ben')).toContain('/client transfer is for IPS supervisors');
    expect(await ok(bot, 'dana', '/client transfer MT-21 ben')).toContain("MT-21 is now on Ben Okafor's caseload");
    expect(await ok(bot, 'ben', '/client show MT-21')).toContain('Job interview with Harbour Café');
    expect(await refused(bot, 'aroha', '/client met MT-21')).toContain('No one with the reference');
  });
});

describe('cover while a specialist is away', () => {
  let bot: TestBot;
  let job: ScheduledJob;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2026-11-23T10:00:00Z' });
    job = createReminderJob({ db: bot.database.db });
  });
  afterAll(async () => {
    await bot.close();
  });

  it("sends the away specialist's follow-along to the cover, who can clear it", async () => {
    await ok(bot, 'aroha', '/jobstart SJ-14 Harbour Café, barista today 20h');
    expect(await refused(bot, 'aroha', '/ips away chen until fri cover ben')).toContain('Only a supervisor');
    expect(await ok(bot, 'dana', '/ips away aroha until fri cover ben')).toContain('Ben Okafor gets the follow-along');
    expect(await reminderOn(bot, job, 'aroha', '2026-11-24')).toBe('');
    expect(await reminderOn(bot, job, 'ben', '2026-11-24')).toContain('Covering for Aroha Ngata: SJ-14 started as barista');
    await ok(bot, 'ben', '/client met SJ-14 f2f at work');
    expect(await reminderOn(bot, job, 'ben', '2026-11-25')).not.toContain('SJ-14');
    // The meeting is ben's, on aroha's caseload.
    const contact = await bot.database.db.clientContact.findFirstOrThrow({
      where: { client: { ref: 'SJ-14' }, specialist: { handle: 'ben' } },
    });
    expect(contact.type).toBe('face_to_face');
    // After the away days, the cover may no longer log for aroha's people.
    bot.clock.set('2026-11-30T10:00:00Z');
    expect(await refused(bot, 'ben', '/client met SJ-14')).toContain('No one with the reference');
  });
});

describe('no service for 3 months counts meetings with the person', () => {
  let bot: TestBot;
  beforeAll(async () => {
    // MT-21 joined 45 days before Mon 23 Nov 2026 (Fri 9 Oct); three months on it is Sat 9 Jan 2027.
    bot = await startTestBot({ now: '2026-11-23T10:00:00Z' });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('flags a person with no meeting, contact or outreach for 3 months, and a phone call clears it', async () => {
    bot.clock.set('2027-01-11T10:00:00Z');
    expect(await ok(bot, 'aroha', '/client list')).toContain(
      'MT-21: day 94, looking for work; ⚑ past day 30 with no face-to-face employer contact; ⚑ no service or outreach since Fri 9 Oct 2026',
    );
    expect(await ok(bot, 'dana', '/ips summary')).toMatch(/Cases to close \(3 months without service\)\s+MT-21/);
    // Any meeting with the person is a service, a call included (only follow-along needs face to face).
    await ok(bot, 'aroha', '/client met MT-21 phone');
    expect(await ok(bot, 'aroha', '/client list')).not.toContain('no service or outreach since');
    expect(await ok(bot, 'dana', '/ips summary')).not.toMatch(/Cases to close \(3 months without service\)\s+MT-21/);
  });
});
