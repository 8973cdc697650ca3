import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});
beforeEach(async () => {
  bot.clock.set('2026-11-23T10:00:00Z');
  const { db } = bot.database;
  await db.employerContact.deleteMany();
  // Employers that tests created; the demo's four stay.
  await db.employer.deleteMany({ where: { businessType: null } });
});

const db = () => bot.database.db;
const counts = async () => ({
  contacts: await db().employerContact.count(),
  employers: await db().employer.count(),
  audit: await db().auditEvent.count(),
});

describe('/contact', () => {
  it('logs a face-to-face contact and says what it stored', async () => {
    const { reply, text } = await bot.say('aroha', "/contact Perry's Garden Centre f2f for SJ-14 next tue met the hiring manager");
    expect(reply.kind).toBe('message');
    expect(text).toContain("Perry's Garden Centre");
    expect(text).toContain('#1 with this employer');
    expect(text).toContain('1 of 6 face-to-face');
    expect(text).toContain('Tue 24 Nov');
    const rows = await db().employerContact.findMany({ include: { client: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'face_to_face', cupOfTea: 1, details: 'met the hiring manager' });
    expect(rows[0]!.client?.ref).toBe('SJ-14');
    const audit = await db().auditEvent.findFirst({ where: { action: 'contact.create', entityId: String(rows[0]!.id) } });
    expect(audit).toMatchObject({ platform: 'console', entity: 'EmployerContact' });
  });

  it('matches employers whatever the case and punctuation, and creates new ones on first mention', async () => {
    const before = await db().employer.count();
    await bot.say('aroha', '/contact perrys garden centre f2f');
    await bot.say('aroha', "/contact PERRY'S GARDEN-CENTRE phone");
    expect(await db().employer.count()).toBe(before);
    const { text } = await bot.say('aroha', '/contact Tidewater Books f2f');
    expect(text).toContain('Tidewater Books (new to the employer database)');
    expect(await db().employer.count()).toBe(before + 1);
    const { text: again } = await bot.say('ben', '/contact tidewater books visit');
    expect(again).not.toContain('new to the employer database');
    expect(await db().employer.count()).toBe(before + 1);
  });

  it('numbers cups of tea per specialist and employer, counting in-person meetings only', async () => {
    const cups = async (handle: string, line: string) => {
      await bot.say(handle, line);
      const last = await db().employerContact.findFirst({ orderBy: { id: 'desc' } });
      return last!.cupOfTea;
    };
    expect(await cups('aroha', '/contact Harbour Cafe email')).toBe(0);
    expect(await cups('aroha', '/contact Harbour Cafe f2f')).toBe(1);
    expect(await cups('aroha', '/contact Harbour Cafe email')).toBe(1); // as in the seed's log
    expect(await cups('aroha', '/contact Harbour Cafe visit')).toBe(2);
    expect(await cups('ben', '/contact Harbour Cafe f2f')).toBe(1); // Ben's own relationship
    expect(await cups('aroha', '/contact Quayside Logistics f2f')).toBe(1);
    expect(await cups('aroha', '/contact Harbour Cafe f2f')).toBe(3);
  });

  it("counts this week's face-to-face contacts against 6", async () => {
    for (let i = 0; i < 5; i++) await bot.say('chen', `/contact Employer ${i} f2f`);
    await bot.say('chen', '/contact Employer 9 phone');
    const { text } = await bot.say('chen', '/contact Employer 5 visit');
    expect(text).toContain('6 face-to-face employer contacts, target of 6 met');
    // Last week's contacts do not count this week.
    await bot.say('chen', '/contact Employer 6 f2f on 2026-11-20');
    const list = await bot.say('chen', '/contact list');
    expect(list.text).toContain('target of 6 met');
    expect(list.text.match(/•/g)).toHaveLength(7);
  });

  it('undoes the caller’s last entry within the window, and only theirs', async () => {
    await bot.say('aroha', '/contact Harbour Cafe f2f');
    await bot.say('ben', '/contact Quayside Logistics f2f');
    const { text } = await bot.say('aroha', '/contact undo');
    expect(text).toContain('Removed: face to face with Harbour Café');
    const left = await db().employerContact.findMany({ include: { specialist: true } });
    expect(left.map((c) => c.specialist.handle)).toEqual(['ben']);
    expect(await db().auditEvent.count({ where: { action: 'contact.undo' } })).toBeGreaterThan(0);

    const nothing = await bot.say('aroha', '/contact undo');
    expect(nothing.reply.kind).toBe('error');
    bot.clock.advance(31 * 60_000);
    const late = await bot.say('ben', '/contact undo');
    expect(late.reply.kind).toBe('error');
    expect(late.text).toContain('last 30 minutes');
    expect(await db().employerContact.count()).toBe(1);
  });

  it.each([
    ['/contact f2f', /Which employer/],
    ['/contact Harbour Cafe f2f next someday', /couldn't read a date/],
    ['/contact Harbour Cafe f2f for ZZ-99', /No one with the reference ZZ-99 is on your caseload/],
    ['/contact Harbour Cafe f2f for RB-33', /No one with the reference RB-33/], // Ben's, not Aroha's
    ['/contact Harbour Cafe f2f on 2026-12-01', /in the future/],
    ['/contact Harbour Cafe f2f on 20/11 next 19/11', /next contact is before this one/],
    ['/contact X f2f', /too short/],
    [`/contact Harbour Cafe f2f ${'word '.repeat(500)}`, /2,000 characters/],
  ])('%s is refused with a reason and an example, and writes nothing', async (line, message) => {
    const before = await counts();
    const { reply, text } = await bot.say('aroha', line);
    expect(reply.kind).toBe('error');
    expect(text).toMatch(message);
    expect(text).toContain('For example: /contact');
    expect(await counts()).toEqual(before);
  });

  it('lets a supervisor log for anyone in the unit', async () => {
    const { reply } = await bot.say('dana', '/contact Harbour Cafe f2f for RB-33');
    expect(reply.kind).toBe('message');
  });

  it('refuses clinicians and admins, and tells unknown people how to get added', async () => {
    const before = await counts();
    const clinician = await bot.say('eli', '/contact Harbour Cafe f2f');
    expect(clinician.text).toContain('/contact is for employment specialists and IPS supervisors; your role is clinician');
    const admin = await bot.say('gus', '/contact Harbour Cafe f2f');
    expect(admin.reply.kind).toBe('error');
    const stranger = await bot.say('zed', '/contact Harbour Cafe f2f');
    expect(stranger.text).toContain("not on this IPS team's roster");
    expect(stranger.text).toContain('/ips staff link');
    expect(await counts()).toEqual(before);
  });

  it('writes a redelivered command once and answers it the same way', async () => {
    const first = await bot.say('aroha', '/contact Harbour Cafe f2f', { idempotencyKey: 'delivery-1' });
    const again = await bot.say('aroha', '/contact Harbour Cafe f2f', { idempotencyKey: 'delivery-1' });
    expect(again.reply).toEqual(first.reply);
    expect(await db().employerContact.count()).toBe(1);
  });

  it('answers a redelivery the next day with the first answer, made from the figures it stored', async () => {
    const first = await bot.say('aroha', '/contact Harbour Cafe f2f', { idempotencyKey: 'delivery-3' });
    expect(first.text).toContain('1 of 6 face-to-face');
    bot.clock.set('2026-11-24T10:00:00Z');
    await bot.say('aroha', '/contact Harbour Cafe visit');
    const again = await bot.say('aroha', '/contact Harbour Cafe f2f', { idempotencyKey: 'delivery-3' });
    expect(again.reply).toEqual(first.reply);
    expect(again.text).toContain('#1 with this employer');
    expect(await db().employerContact.count()).toBe(2);
  });

  it('audits the contact, and an employer it created, at the command’s time on its platform', async () => {
    bot.clock.set('2026-11-23T10:15:00Z');
    await bot.say('aroha', '/contact Tidewater Books f2f on 2026-11-20 for SJ-14');
    const [contact] = await db().employerContact.findMany();
    const aroha = await db().staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
    const client = await db().client.findFirstOrThrow({ where: { ref: 'SJ-14' } });
    const events = await db().auditEvent.findMany({ where: { at: new Date('2026-11-23T10:15:00Z') }, orderBy: { id: 'asc' } });
    expect(
      events.map(({ actorId, platform, action, entity, entityId, details, at }) => ({
        actorId,
        platform,
        action,
        entity,
        entityId,
        details,
        at,
      })),
    ).toEqual([
      {
        actorId: aroha.id,
        platform: 'console',
        action: 'employer.create',
        entity: 'Employer',
        entityId: String(contact!.employerId),
        details: { name: 'Tidewater Books' },
        at: new Date('2026-11-23T10:15:00Z'),
      },
      {
        actorId: aroha.id,
        platform: 'console',
        action: 'contact.create',
        entity: 'EmployerContact',
        entityId: String(contact!.id),
        details: { employerId: contact!.employerId, clientId: client.id, type: 'face_to_face', contactedOn: '2026-11-20' },
        at: new Date('2026-11-23T10:15:00Z'),
      },
    ]);
    expect(contact!.createdAt).toEqual(new Date('2026-11-23T10:15:00Z'));
  });

  it('writes two simultaneous deliveries of one command once', async () => {
    const results = await Promise.all([
      bot.say('aroha', '/contact Harbour Cafe f2f', { idempotencyKey: 'delivery-2' }),
      bot.say('aroha', '/contact Harbour Cafe f2f', { idempotencyKey: 'delivery-2' }),
    ]);
    expect(results.map((r) => r.reply.kind)).toEqual(['message', 'message']);
    expect(await db().employerContact.count()).toBe(1);
  });

  it('opens a form with no arguments, and takes its submission', async () => {
    const { reply } = await bot.say('aroha', '/contact');
    expect(reply.kind).toBe('form');
    if (reply.kind !== 'form') return;
    expect(reply.form.fields.map((f) => f.name)).toEqual(['employer', 'type', 'clientRef', 'contactedOn', 'nextContactOn', 'details']);
    expect(reply.form.fields.find((f) => f.name === 'clientRef')?.options?.map((o) => o.value)).toEqual(['KP-07', 'MT-21', 'SJ-14']);

    const submitted = await bot.say('aroha', '/contact', {
      input: {
        kind: 'form',
        values: {
          employer: 'Harbour Cafe',
          type: 'visit',
          clientRef: 'MT-21',
          contactedOn: '2026-11-23',
          nextContactOn: 'fri',
          details: 'Tour of the kitchen',
        },
      },
    });
    expect(submitted.reply.kind).toBe('message');
    const row = await db().employerContact.findFirstOrThrow({ include: { client: true } });
    expect(row).toMatchObject({ type: 'visit', details: 'Tour of the kitchen' });
    expect(row.nextContactOn?.toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it('names the form field at fault and writes nothing', async () => {
    const before = await counts();
    const { reply } = await bot.say('aroha', '/contact', {
      input: {
        kind: 'form',
        values: { employer: 'Harbour Cafe', type: 'face_to_face', contactedOn: '2026-11-23', nextContactOn: '2026-11-01' },
      },
    });
    expect(reply).toMatchObject({ kind: 'error', fieldErrors: { nextContactOn: expect.stringContaining('before this one') } });
    const badDate = await bot.say('aroha', '/contact', {
      input: { kind: 'form', values: { employer: 'Harbour Cafe', contactedOn: 'someday' } },
    });
    expect(badDate.reply).toMatchObject({ kind: 'error', fieldErrors: { contactedOn: expect.stringContaining('someday') } });
    expect(await counts()).toEqual(before);
  });
});
