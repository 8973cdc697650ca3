// Which job starts count, through the real commands: a retention case, the
// kinds of job and item 21, hours missing, the job type guessed and changed,
// the first 4 hours recorded, and the employer record.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fidelityScores, scoreRow, unitJobs } from '../../src/digests/fidelity-estimate.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// Monday 23 November 2026. Demo: SJ-14 met 12 days ago, MT-21 45 days ago (Aroha); LW-18 70 days ago (Ben).
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.close());
beforeEach(async () => {
  // Each test logs the jobs it is about: another test's job would change its figures and celebrations.
  await bot.database.db.job.deleteMany();
  await bot.database.db.celebration.deleteMany();
});

const ok = async (handle: string, line: string) => {
  const { reply, text } = await bot.say(handle, line);
  expect(reply.kind, text).toBe('message');
  return text;
};
const jobOf = (ref: string) => bot.database.db.job.findFirstOrThrow({ where: { client: { ref } }, orderBy: { id: 'desc' } });
/** MT-21's seasonal start without hours, to be filled in with /jobstart update. */
const mt21Starts = () => ok('aroha', '/jobstart MT-21 Quayside Logistics, picker today seasonal');
const celebrations = async (ref: string) => {
  const client = await bot.database.db.client.findUniqueOrThrow({ where: { ref } });
  return bot.database.db.celebration.count({ where: { clientId: client.id } });
};

describe('/jobstart', () => {
  it('logs a job held at entry as retention: entry date when none is given, no celebration, no day-30 flag', async () => {
    const text = await ok('ben', '/jobstart LW-18 Harbour Café, kitchen porter existing 12h');
    expect(text).toContain('Job held at entry logged for LW-18 (retention)');
    expect(text).toContain('before joining (date not given)');
    expect(text).toContain('not a job start in any figure and not celebrated');
    const job = await jobOf('LW-18');
    const client = await bot.database.db.client.findUniqueOrThrow({ where: { ref: 'LW-18' } });
    expect(job).toMatchObject({ retention: true, quiet: true, startOn: client.programmeEntryOn });
    expect(await celebrations('LW-18')).toBe(0);
    // LW-18 is on day 70 with no employer contact, but in work: not on the day-30 list.
    expect(await ok('ben', '/ips me')).not.toContain('LW-18 is on day');
    expect(await ok('ben', '/ips me')).toContain('Job retention: 50% (1 of 2).');
    expect(await ok('ben', '/client show LW-18')).toContain('Job held at entry (retention): kitchen porter at Harbour Café, 12h a week');
  });

  it('refuses "existing" for a job that starts after the person joined', async () => {
    const { reply, text } = await bot.say('aroha', '/jobstart SJ-14 Harbour Café, barista today existing');
    expect(reply.kind).toBe('error');
    expect(text).toContain('SJ-14 joined on Wed 11 Nov: a job starting after that is a job start');
  });

  it('keeps a start without hours, flags it and shows the guessed type to confirm', async () => {
    const text = await mt21Starts();
    expect(text).toMatch(/Hours\s+hours missing/);
    expect(text).toContain('Hours missing: the start is kept and counted');
    expect(text).toContain('warehouse (Warehouse and delivery, SOC 925), guessed from the role');
    expect(text).toContain('/jobstart update MT-21 type <type>, one of: manager, it,');
    expect(text).toContain('seasonal, competitive (pay against the minimum wage not said)');
    expect(await celebrations('MT-21')).toBe(1);
    expect(await ok('aroha', '/ips me')).toContain('Hours missing: 1.');
    expect(await ok('aroha', '/client show MT-21')).toContain(
      '2026-11-23: Job start: picker at Quayside Logistics, hours missing (seasonal)',
    );
  });

  it('/jobstart update fills in the hours, the type and the first 4 hours worked', async () => {
    await mt21Starts();
    const text = await ok('aroha', '/jobstart update MT-21 16h type shelf-filling min-wage worked4');
    expect(text).toContain('Job updated for MT-21');
    expect(text).not.toContain('Hours missing');
    expect(await jobOf('MT-21')).toMatchObject({
      jobType: 'shelf-filling',
      minimumWage: true,
      firstHoursOn: new Date('2026-11-23T00:00:00Z'),
    });
    expect(Number((await jobOf('MT-21')).hoursPerWeek)).toBe(16);
    // Recorded today: MT-21 is supported into work today, before a day has passed.
    expect(await ok('aroha', '/ips me')).toContain('Supported into work: 1.');
  });

  it('refuses the first 4 hours before the job started, and an unknown type with the list', async () => {
    await mt21Starts();
    const early = await bot.say('aroha', '/jobstart update MT-21 worked4 on 2026-11-20');
    expect(early.reply.kind).toBe('error');
    expect(early.text).toContain('That job started on Mon 23 Nov: the first 4 hours cannot be done before it.');
    const type = await bot.say('aroha', '/jobstart update MT-21 type astronaut');
    expect(type.reply.kind).toBe('error');
    expect(type.text).toContain('The job type is one of: manager, it, creative');
  });
});

describe('item 21: competitive jobs', () => {
  it('counts a permanent and a seasonal job as 100% competitive, and a set-aside job against it', async () => {
    const db = bot.database.db;
    const aroha = await db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
    await mt21Starts();
    await ok('aroha', '/jobstart SJ-14 Harbour Café, barista today 20h');
    // Aroha's current jobs: MT-21 seasonal, SJ-14 permanent → 2 of 2 (LW-18's retention job is Ben's).
    const two = await unitJobs(db, [aroha.id], '2026-11-23');
    expect(two).toMatchObject({ current: 2, competitive: 2 });
    const row = (jobs: typeof two) =>
      fidelityScores([], jobs, noIndicators)
        .map(scoreRow)
        .find((r) => r.label === '21 Competitive jobs');
    expect(row(two)?.value).toBe(
      '1/5: 100% of 2 current jobs competitive (competitive = open to anyone at the minimum wage or more: seasonal and agency jobs count; set-aside jobs do not; ≥ 95%; fewer than 10 current jobs scores 1)',
    );
    await ok('aroha', '/jobstart update SJ-14 set-aside');
    expect(await unitJobs(db, [aroha.id], '2026-11-23')).toMatchObject({ current: 2, competitive: 1 });
    await ok('aroha', '/jobstart update SJ-14 permanent below-min-wage');
    expect(await unitJobs(db, [aroha.id], '2026-11-23')).toMatchObject({ current: 2, competitive: 1 });
  });
});

const noIndicators = {
  employersMetInPerson: 0,
  employersMetTwice: 0,
  contacts: 0,
  contactsWithNextPlanned: 0,
  liaisonContacts: 0,
  liaisonWeeks: 0,
  liaisonMeetings: 0,
};

describe('/employer', () => {
  it('fills in the record, each value running to the next field word', async () => {
    const text = await ok('aroha', '/employer "Harbour Café" phone 01234 567890 contact Jo Bloggs type hospitality');
    expect(text).toContain('Employer updated: Harbour Café');
    expect(await bot.database.db.employer.findFirstOrThrow({ where: { name: 'Harbour Café' } })).toMatchObject({
      phone: '01234 567890',
      contactPerson: 'Jo Bloggs',
      businessType: 'hospitality',
      jobTypes: 'Barista, kitchen porter',
      benefitsLiaison: false,
    });
  });

  it('flags benefits staff, whose contacts then count for item 6 and never for item 17', async () => {
    expect(await ok('aroha', '/employer Jobcentre Plus benefits contact Sam Reid')).toContain('New employer: Jobcentre Plus');
    const text = await ok('aroha', '/contact Jobcentre Plus f2f for SJ-14 shared client review');
    expect(text).toContain('Benefits liaison');
    expect(text).toContain('This week: 0 of 6 face-to-face employer contacts');
    expect(await bot.database.db.employerContact.findFirstOrThrow({ where: { employer: { name: 'Jobcentre Plus' } } })).toMatchObject({
      benefitsLiaison: true,
    });
  });

  it('shows the record for a name alone, and refuses a field without a value', async () => {
    expect(await ok('aroha', "/employer Perry's Garden Centre")).toContain('Fill in the record: /employer "Perry\'s Garden Centre"');
    const { reply, text } = await bot.say('aroha', '/employer Harbour Café phone');
    expect(reply.kind).toBe('error');
    expect(text).toContain('"phone" needs a value after it.');
  });
});
