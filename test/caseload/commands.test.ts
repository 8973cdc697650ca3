// The caseload commands on the real core and database: who may run what (and
// the refusal says why, writing nothing), what each write stores and audits,
// and what it sends through the outbox or hands to event subscribers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/app.js';
import { silentLogger } from '../../src/core/logger.js';
import { registry } from '../../src/app.js';
import { createRouter, type Router } from '../../src/commands/router.js';
import type { DomainEvent } from '../../src/core/events.js';
import { defaultNow, startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
let events: DomainEvent[];
let eventRouter: Router;
/** The demo's people: the ones the tests add are removed before each test. */
let demoClientIds: number[];

beforeAll(async () => {
  bot = await startTestBot();
  demoClientIds = (await bot.database.db.client.findMany({ select: { id: true } })).map((c) => c.id);
  events = [];
  eventRouter = createRouter({
    db: bot.database.db,
    clock: bot.clock,
    settings: defaultSettings,
    registry,
    log: silentLogger,
    subscribers: [async (event) => void events.push(event)],
    transactionSlots: bot.database.connections,
  });
});
afterAll(async () => {
  await bot?.close();
});
beforeEach(async () => {
  bot.clock.set(defaultNow);
  const { db } = bot.database;
  // Each test starts from the demo caseload: a job, a closed case or a person
  // added by another test would change the counts it checks (people looking
  // for work, a team's active caseload, who gets the next referral).
  await db.job.deleteMany();
  const added = { clientId: { notIn: demoClientIds } };
  await db.referral.deleteMany({ where: added });
  await db.clientContact.deleteMany({ where: added });
  await db.clientEvidence.deleteMany({ where: added });
  await db.client.deleteMany({ where: { id: { notIn: demoClientIds } } });
  // The demo closes no case.
  await db.client.updateMany({ where: { status: 'closed' }, data: { status: 'active', closedOn: null, closeReason: null } });
});

/** Runs a line through a router whose subscriber records the events. */
async function sayWithEvents(handle: string, line: string) {
  const m = /^\/(\S+)\s*([\s\S]*)$/.exec(line)!;
  return eventRouter.handle({
    platform: 'console',
    userId: handle,
    command: m[1]!,
    input: { kind: 'text', text: m[2]! },
    conversation: { platform: 'console', workspace: 'local', channelId: 'terminal', isDirect: true },
    idempotencyKey: randomUUID(),
    receivedAt: bot.clock.now(),
  });
}

const audits = () => bot.database.db.auditEvent.count();
/** The job SJ-14 starts in the /jobstart test, for the tests about what follows it. */
async function sj14StartsAsPicker() {
  const { reply, text } = await bot.say('aroha', '/jobstart SJ-14 Quayside Logistics, picker 2026-11-30 16h temporary quiet');
  expect(reply.kind, text).toBe('message');
}
const staffId = async (handle: string) => (await bot.database.db.staff.findUniqueOrThrow({ where: { handle } })).id;

describe('role checks: every refusal says why and writes nothing', () => {
  it.each([
    ['eli', '/lead Harbour Café, barista 20h', /\/lead is for employment specialists and IPS supervisors; your role is clinician/],
    ['gus', '/lead list', /your role is admin/],
    ['aroha', '/refer SJ keen', /\/refer is for clinicians; your role is specialist/],
    ['dana', '/refer SJ keen', /your role is supervisor/],
    ['eli', '/jobstart SJ-14 Harbour Café, barista 1/12 20h', /\/jobstart is for .*your role is clinician/],
    ['farah', '/jobend SJ-14', /your role is clinician/],
    ['gus', '/outreach MT-21 home', /your role is admin/],
    ['gus', '/client list', /\/client list is for employment specialists and IPS supervisors and clinicians; your role is admin/],
    ['eli', '/client add SJ northside', /\/client add is for employment specialists; your role is clinician/],
    ['dana', '/client add SJ northside', /your role is supervisor/],
    ['eli', '/client met KP-07', /your role is clinician/],
    ['eli', '/client consent SJ-14 name Sam', /your role is clinician/],
    ['farah', '/client show SJ-14', /SJ-14 is not someone you referred/],
    ['eli', '/client show SJ-14', /SJ-14 is not someone you referred/],
    ['gus', '/client consent SJ-14 name Sam', /your role is admin/],
    ['ben', '/client show SJ-14', /No one with the reference SJ-14 is on your caseload/],
    ['ben', '/outreach SJ-14 home', /SJ-14 is on your caseload/],
    ['ben', '/jobstart SJ-14 Harbour Café, barista 1/12 20h', /No one with the reference SJ-14 is on your caseload/],
    ['chen', '/lead Harbour Café, barista for SJ-14', /No one with the reference SJ-14 is on your caseload/],
    ['eli', '/ips me', /\/ips me is for employment specialists and IPS supervisors; your role is clinician/],
    ['aroha', '/ips export', /\/ips export is for IPS supervisors; your role is specialist/],
    ['gus', '/ips away today', /your role is admin/],
    ['eli', '/refer LW-18 again', /known to another clinical team/],
    ['eli', '/refer SJ-14 again', /already on Aroha Ngata's caseload/],
  ])('%s: %s', async (handle, line, why) => {
    const before = await audits();
    const { reply, text } = await bot.say(handle, line);
    expect(reply.kind).toBe('error');
    expect(text).toMatch(why);
    expect(await audits()).toBe(before);
  });

  it("lets clinicians see the stage of the people they referred and their team's counts, never a reference in /client list", async () => {
    expect((await bot.say('eli', '/refer QX wants to work')).reply.kind).toBe('message');
    const show = await bot.say('eli', '/client show QX-01');
    expect(show.reply.kind).toBe('message');
    expect(show.text).toContain('QX-01: referred, waiting for a first meeting');
    expect(show.text).toMatch(/Last contact with the specialist\s+none yet/);
    // Stage and last contact only: no team, specialist, notes or timeline.
    expect(show.text).not.toMatch(/Northside|Aroha|Ben|wants to work|Timeline/);
    const list = await bot.say('farah', '/client list');
    expect(list.text).toContain('Eastside CMHT');
    // LW-18 (Ben), HN-02 and DG-40 (Chen) are Eastside's; SJ-14 and the rest are not.
    expect(list.text).toMatch(/On the active caseload\s+3/);
    expect(list.text).not.toMatch(/[A-Z]{2}-\d{2}/);
  });
});

describe('/lead', () => {
  it('stores the lead, shares it with the unit channel without names, and emits lead.created', async () => {
    const reply = await sayWithEvents('aroha', '/lead Harbour Café, barista 20h £12.60/h for SJ-14 MT-21 weekend shifts');
    expect(reply.kind).toBe('message');
    const lead = await bot.database.db.jobLead.findFirstOrThrow({
      orderBy: { id: 'desc' },
      include: { clients: { include: { client: true } }, employer: true },
    });
    expect(lead).toMatchObject({ role: 'barista', hours: '20', pay: '£12.60/h', notes: 'weekend shifts', status: 'open' });
    expect(lead.employer.name).toBe('Harbour Café');
    expect(lead.clients.map((c) => c.client.ref).sort()).toEqual(['MT-21', 'SJ-14']);
    const shares = await bot.database.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `lead:${lead.id}:` } } });
    expect(shares).toHaveLength(1);
    expect(shares[0]!.destination).toMatchObject({ kind: 'conversation', conversation: { channelId: 'harbour-ips' } });
    expect(JSON.stringify(shares[0]!.message)).toContain('barista at Harbour Café');
    expect(JSON.stringify(shares[0]!.message)).not.toMatch(/SJ-14|MT-21|weekend shifts|12\.60|2 people/);
    expect(events).toContainEqual({ type: 'lead.created', leadId: lead.id, specialistId: await staffId('aroha') });
    const audit = await bot.database.db.auditEvent.findFirst({ where: { action: 'lead.create', entityId: String(lead.id) } });
    expect(audit?.platform).toBe('console');
  });

  it('lists and closes leads; only the owner or the supervisor may close one', async () => {
    expect((await bot.say('aroha', '/lead Harbour Café, barista 20h')).reply.kind).toBe('message');
    const lead = await bot.database.db.jobLead.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect((await bot.say('aroha', '/lead list')).text).toContain(`#${lead.id} barista at Harbour Café`);
    const refused = await bot.say('ben', `/lead close ${lead.id}`);
    expect(refused.text).toContain('not one of your leads');
    const closed = await bot.say('dana', `/lead close ${lead.id} withdrawn`);
    expect(closed.text).toContain('closed as withdrawn');
    expect((await bot.database.db.jobLead.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe('withdrawn');
  });

  it('a redelivered /lead writes one lead', async () => {
    const before = await bot.database.db.jobLead.count();
    const key = randomUUID();
    await bot.say('aroha', '/lead Quayside Logistics, picker 16h', { idempotencyKey: key });
    await bot.say('aroha', '/lead Quayside Logistics, picker 16h', { idempotencyKey: key });
    expect(await bot.database.db.jobLead.count()).toBe(before + 1);
  });

  it('takes the form variant', async () => {
    const form = await bot.say('aroha', '/lead form');
    expect(form.reply.kind).toBe('form');
    const { reply } = await bot.say('aroha', '/lead', {
      input: { kind: 'form', values: { employer: 'Harbour Café', role: 'kitchen porter', hours: '12', clients: 'SJ-14' } },
    });
    expect(reply.kind).toBe('message');
    const bad = await bot.say('aroha', '/lead', {
      input: { kind: 'form', values: { employer: 'Harbour Café', role: 'cook', hours: 'lots' } },
    });
    expect(bad.reply).toMatchObject({ kind: 'error', fieldErrors: { hours: expect.stringContaining('hours') } });
  });
});

describe('/refer', () => {
  it('makes a pseudonymous reference from initials, picks the specialist with the smallest caseload and tells them at once', async () => {
    // Eastside: Ben and Chen both have two active people; Chen gets fewer once one is closed.
    expect((await bot.say('dana', '/client close DG-40 moved out of the area')).reply.kind).toBe('message');
    const reply = await sayWithEvents('farah', '/refer HN wants warehouse work');
    expect(reply.kind).toBe('message');
    const client = await bot.database.db.client.findUniqueOrThrow({
      where: { ref: 'HN-03' },
      include: { referrals: true, clinicalTeam: true },
    });
    const chen = await staffId('chen');
    expect(client).toMatchObject({ status: 'referred', specialistId: chen, referredOn: new Date('2026-11-23T00:00:00Z') });
    expect(client.clinicalTeam.key).toBe('eastside');
    expect(client.referrals).toHaveLength(1);
    const dm = await bot.database.db.outboxMessage.findFirstOrThrow({
      where: { dedupeKey: `referral:${client.referrals[0]!.id}:${chen}` },
    });
    expect(dm.destination).toEqual({ kind: 'staff', staffId: chen });
    expect(JSON.stringify(dm.message)).toContain('/client met HN-03');
    expect(events).toContainEqual({
      type: 'referral.created',
      referralId: client.referrals[0]!.id,
      clientId: client.id,
      specialistId: chen,
    });
  });
});

describe('/client', () => {
  it('adds a person, logs the first meeting (emitting client.met), the profile and consent', async () => {
    expect((await bot.say('aroha', '/client add AB')).text).toContain('Added: AB-01');
    expect((await bot.say('aroha', '/client add CD eastside')).text).toContain('not one of your clinical teams: northside');
    const met = await sayWithEvents('aroha', '/client met AB-01 today');
    expect(met.kind).toBe('message');
    expect((await bot.say('aroha', '/client profile AB-01')).reply.kind).toBe('message');
    expect((await bot.say('aroha', '/client consent AB-01 name Alex')).reply.kind).toBe('message');
    const row = await bot.database.db.client.findUniqueOrThrow({ where: { ref: 'AB-01' } });
    expect(row).toMatchObject({ status: 'active', consentToBeNamed: true, firstName: 'Alex' });
    expect(row.programmeEntryOn?.toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(row.profileStartedOn?.toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(events).toContainEqual({ type: 'client.met', clientId: row.id, specialistId: await staffId('aroha') });
    const consentAudit = await bot.database.db.auditEvent.findFirstOrThrow({
      where: { action: 'client.consent', entityId: String(row.id) },
    });
    expect(JSON.stringify(consentAudit.details)).not.toContain('Alex');
  });

  it('lists the caseload with the day-30 flag and the outcome figures', async () => {
    const { text } = await bot.say('aroha', '/client list');
    expect(text).toMatch(/MT-21: day 45, looking for work; ⚑ past day 30/);
    expect(text).toContain('KP-07: referred');
    expect(text).toContain('Employment rate: ');
  });
});

describe('/jobstart, /jobend, /outreach', () => {
  it('logs a quiet temporary job start and emits job.started with quiet', async () => {
    const reply = await sayWithEvents('aroha', '/jobstart SJ-14 Quayside Logistics, picker 2026-11-30 16h temporary quiet');
    expect(reply.kind).toBe('message');
    const job = await bot.database.db.job.findFirstOrThrow({ where: { client: { ref: 'SJ-14' } }, orderBy: { id: 'desc' } });
    expect(job).toMatchObject({ role: 'picker', jobType: 'warehouse', kind: 'temporary', retention: false, quiet: true });
    expect(Number(job.hoursPerWeek)).toBe(16);
    expect(job.loggedAt.toISOString()).toBe(bot.clock.now().toISOString());
    expect(events).toContainEqual({
      type: 'job.started',
      jobId: job.id,
      clientId: job.clientId,
      specialistId: await staffId('aroha'),
      quiet: true,
    });
  });

  it('refuses a job start for someone not met yet, and a job end with no job', async () => {
    const before = await audits();
    expect((await bot.say('aroha', '/jobstart KP-07 Harbour Café, barista 1/12 20h')).text).toContain('/client met KP-07');
    expect((await bot.say('aroha', '/jobend MT-21')).text).toContain('no job that is still going');
    expect(await audits()).toBe(before);
  });

  it('ends the job, keeps the person on the caseload and emits job.ended', async () => {
    await sj14StartsAsPicker();
    bot.clock.set('2026-12-04T10:00:00Z');
    const reply = await sayWithEvents('aroha', '/jobend SJ-14 today contract ended early');
    expect(reply.kind).toBe('message');
    const job = await bot.database.db.job.findFirstOrThrow({
      where: { client: { ref: 'SJ-14' } },
      orderBy: { id: 'desc' },
      include: { client: true },
    });
    expect(job.endOn?.toISOString().slice(0, 10)).toBe('2026-12-04');
    expect(job.endReason).toBe('contract ended early');
    expect(job.client.status).toBe('active');
    expect(events).toContainEqual({ type: 'job.ended', jobId: job.id, clientId: job.clientId, specialistId: job.specialistId });
  });

  it('logs outreach', async () => {
    const { text } = await bot.say('aroha', '/outreach MT-21 home left a card');
    expect(text).toContain('Outreach to MT-21 logged: home');
    const row = await bot.database.db.outreachAttempt.findFirstOrThrow({ where: { client: { ref: 'MT-21' } } });
    expect(row).toMatchObject({ method: 'home', notes: 'left a card' });
  });
});

describe('/ips me, away and back', () => {
  it('shows the week with the target and the outcome figures', async () => {
    await sj14StartsAsPicker();
    bot.clock.set('2026-12-03T10:00:00Z');
    expect((await bot.say('aroha', '/jobend SJ-14 today contract ended early')).reply.kind).toBe('message');
    bot.clock.set('2026-12-04T10:00:00Z');
    const { text } = await bot.say('aroha', '/ips me');
    // SJ-14's job ended yesterday and MT-21 has none: 2 looking for work, so the target is 2 × 2.
    expect(text).toContain(
      'Face-to-face employer contacts: 0 of 4. Target: 6 a week, or 2 × the people looking for work when fewer than 3 are (2 looking now).',
    );
    expect(text).toContain("SJ-14's job as picker at Quayside Logistics ended");
    expect(text).toContain('Job starts: 1 (1 first, 0 later).');
    expect(text).toContain('Supported into work: 1.');
  });

  it('sets and clears awayUntil', async () => {
    // Friday 4 December: "until mon" is Monday the 7th.
    bot.clock.set('2026-12-04T10:00:00Z');
    expect((await bot.say('aroha', '/ips away until mon')).text).toContain('You are away until the end of Mon 7 Dec');
    expect((await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } })).awayUntil?.toISOString().slice(0, 10)).toBe(
      '2026-12-07',
    );
    expect((await bot.say('aroha', '/ips away until last year')).reply.kind).toBe('error');
    await bot.say('aroha', '/ips back');
    expect((await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } })).awayUntil).toBeNull();
  });
});

describe('form variants', () => {
  it.each([
    ['aroha', '/lead form', 'lead', ['employer', 'role', 'hours', 'pay', 'clientRefs', 'notes']],
    ['eli', '/refer', 'refer', ['person', 'referredOn', 'notes']],
    [
      'ben',
      '/jobstart form',
      'jobstart',
      ['clientRef', 'employer', 'role', 'retention', 'startOn', 'hours', 'pay', 'minimumWage', 'kind', 'jobType', 'quiet'],
    ],
    ['ben', '/jobend', 'jobend', ['clientRef', 'endOn', 'reason']],
    ['ben', '/outreach form', 'outreach', ['clientRef', 'method', 'attemptedOn', 'notes']],
  ])('%s: %s opens a form', async (handle, line, command, fields) => {
    const { reply } = await bot.say(handle, line);
    expect(reply.kind).toBe('form');
    if (reply.kind !== 'form') return;
    expect(reply.form.command).toBe(command);
    expect(reply.form.fields.map((f) => f.name)).toEqual(fields);
  });

  it('takes the submitted forms through the same rules as typed lines', async () => {
    // Friday 4 December: the job start "mon" is Monday the 7th.
    bot.clock.set('2026-12-04T10:00:00Z');
    const form = (handle: string, command: string, values: Record<string, string>) =>
      bot.say(handle, `/${command}`, { input: { kind: 'form', values } });
    expect(
      (
        await form('ben', 'jobstart', {
          clientRef: 'RB-33',
          employer: 'Harbour Café',
          role: 'cook',
          startOn: 'mon',
          hours: '30',
          kind: 'temporary',
          quiet: 'no',
        })
      ).reply.kind,
    ).toBe('message');
    const job = await bot.database.db.job.findFirstOrThrow({ where: { client: { ref: 'RB-33' } } });
    expect(job).toMatchObject({
      role: 'cook',
      jobType: 'chef-cook',
      kind: 'temporary',
      quiet: false,
      startOn: new Date('2026-12-07T00:00:00Z'),
    });
    expect(
      (await form('ben', 'jobstart', { clientRef: 'RB-33', employer: 'Harbour Café', role: 'cook', startOn: 'someday' })).reply,
    ).toMatchObject({ kind: 'error', fieldErrors: { startOn: expect.stringContaining("couldn't read the start date") } });
    expect(
      (await form('ben', 'outreach', { clientRef: 'RB-33', method: 'letter', attemptedOn: 'yesterday', notes: 'sent a card' })).reply.kind,
    ).toBe('message');
    expect((await form('ben', 'outreach', { clientRef: 'RB-33', method: 'pigeon' })).reply).toMatchObject({
      kind: 'error',
      fieldErrors: { method: expect.any(String) },
    });
    expect((await form('eli', 'refer', { person: 'QT', notes: 'asked about work at clinic' })).reply.kind).toBe('message');
    expect(await bot.database.db.client.findUnique({ where: { ref: 'QT-01' } })).toMatchObject({ status: 'referred' });
    bot.clock.set('2026-12-08T10:00:00Z');
    expect((await form('ben', 'jobend', { clientRef: 'RB-33', endOn: 'today', reason: 'not for them' })).reply.kind).toBe('message');
    expect((await bot.database.db.job.findUniqueOrThrow({ where: { id: job.id } })).endReason).toBe('not for them');
  });
});
