import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { toDbDate } from '../../src/core/local-date.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// Monday 23 November 2026, 10:00 London: the digest week is Tue 17 – Mon 23 Nov.
let bot: TestBot;
let ids: Record<string, number>;
let clients: Record<string, number>;
let employers: number[];

// A bot of its own for every test: the digests count every row in the
// database, so one test's contacts, jobs and posts would be in another's figures.
beforeEach(async () => {
  bot = await startTestBot();
  const db = bot.database.db;
  ids = Object.fromEntries((await db.staff.findMany()).map((s) => [s.handle, s.id]));
  clients = Object.fromEntries((await db.client.findMany()).map((c) => [c.ref, c.id]));
  employers = (await db.employer.findMany({ orderBy: { id: 'asc' } })).map((e) => e.id);
});
afterEach(async () => {
  await bot?.close();
});

/** The week's work the agenda and the summary report on: contacts, a job start, a job end and a lead. */
async function recordTheWeek(): Promise<void> {
  const db = bot.database.db;
  const contact = (specialist: string, client: string | null, on: string, cupOfTea: number, extra: object = {}) => ({
    specialistId: ids[specialist]!,
    employerId: employers[0]!,
    clientId: client ? clients[client]! : null,
    contactedOn: toDbDate(on),
    type: 'face_to_face' as const,
    cupOfTea,
    ...extra,
  });
  await db.employerContact.createMany({
    data: [
      contact('aroha', 'SJ-14', '2026-11-18', 1),
      contact('aroha', null, '2026-11-19', 2),
      contact('ben', 'RB-33', '2026-11-20', 1, { benefitsLiaison: true }),
      contact('aroha', null, '2026-11-10', 1), // the week before
    ],
  });
  await db.job.create({
    data: {
      clientId: clients['MT-21']!,
      employerId: employers[2]!,
      specialistId: ids.aroha!,
      role: 'barista',
      jobType: 'hospitality',
      startOn: toDbDate('2026-11-19'),
    },
  });
  await db.job.create({
    data: {
      clientId: clients['LW-18']!,
      employerId: employers[3]!,
      specialistId: ids.ben!,
      role: 'picker',
      jobType: 'warehouse',
      startOn: toDbDate('2026-10-01'),
      endOn: toDbDate('2026-11-20'),
    },
  });
  await db.jobLead.create({
    data: {
      specialistId: ids.chen!,
      employerId: employers[1]!,
      role: 'nursery hand',
      createdAt: new Date('2026-11-21T12:00:00Z'),
      clients: { create: [{ clientId: clients['HN-02']! }] },
    },
  });
}

describe('/ips agenda and /ips summary on demand', () => {
  it('are for supervisors only, and say so', async () => {
    const { reply, text } = await bot.say('aroha', '/ips agenda');
    expect(reply.kind).toBe('error');
    expect(text).toContain('supervisor');
  });

  it('builds the agenda from this week’s rows, in the seven parts, by pseudonymous ref', async () => {
    await recordTheWeek();

    // Even a person who agreed to be named in celebrations appears here by ref only.
    await bot.database.db.client.update({ where: { ref: 'MT-21' }, data: { consentToBeNamed: true, firstName: 'Mereana' } });

    const { reply, text } = await bot.say('dana', '/ips agenda');
    expect(reply.kind).toBe('message');
    for (const part of [
      '1. Successes',
      '2. Challenges and barriers',
      '3. Ideas and solutions',
      '4. Job leads shared',
      '5. Targets and goals',
      '6. Benefits',
      '7. Learning and development',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('MT-21 started as barista (hospitality)');
    expect(text).toContain('LW-18: picker ended');
    expect(text).toContain('nursery hand at Beautiful Blooms Nursery (Chen Li); might suit HN-02');
    // DG-40 entered 33 days ago with no employer contact; SJ-14 (day 12) is not late yet.
    expect(text).toMatch(/DG-40: day 33 \(Chen Li\)/);
    expect(text).not.toMatch(/SJ-14: day/);
    expect(text).toMatch(/Job starts\s+1 \(\+1 on last week\)/);
    expect(text).toContain('KP-07 (referred');
    expect(text).toContain("Perry's Garden Centre (Ben Okafor)");
    expect(text).not.toContain('Mereana');
  });

  it('builds the caseload summary with per-specialist figures, fidelity bands and a PNG chart', async () => {
    await recordTheWeek();
    const { reply, text } = await bot.say('dana', '/ips summary');
    expect(reply.kind).toBe('message');
    if (reply.kind !== 'message') return;
    expect(text).toContain('Aroha Ngata');
    expect(text).toMatch(/Active caseload\s+2 \(target ≤ 20\)/);
    // MT-21 is in work, so one person is looking: item 17's target is 2 × 1.
    expect(text).toMatch(/2 this week \(target 2: 2 × 1 looking for work\); last 4 weeks 0, 0, 1, 2/);
    expect(text).toMatch(/1 overdue: MT-21 \(in work, due Sun 22 Nov\)/);
    expect(text).toContain('1 Caseload size');
    expect(text).toMatch(/5\/5: 2\.0 active per full-time specialist/);
    expect(text).toMatch(/21 Competitive jobs\s+1\/5/);

    const [file] = reply.message.files ?? [];
    expect(file).toMatchObject({ mimeType: 'image/png', name: expect.stringMatching(/^contacts-harbour-2026-W48\.png$/) });
    expect(reply.message.blocks).toContainEqual(expect.objectContaining({ kind: 'image', file: file!.name }));
    const png = PNG.sync.read(await bot.fileBytes(file!));
    expect(png.width).toBeGreaterThan(600);
    expect(png.height).toBeGreaterThan(300);
  });

  it('names a unit by key, and says which exist when the key is wrong', async () => {
    expect((await bot.say('dana', '/ips summary harbour')).reply.kind).toBe('message');
    const { reply, text } = await bot.say('dana', '/ips summary nowhere');
    expect(reply.kind).toBe('error');
    expect(text).toContain('Units: harbour');
    expect(text).toContain('/ips summary harbour');
  });

  it('/ips week n shows a past week, and refuses a non-number', async () => {
    const { text } = await bot.say('dana', '/ips week 1');
    expect(text).toContain('week to Mon 16 Nov');
    expect(text).toContain('Caseload summary');
    const bad = await bot.say('dana', '/ips week soon');
    expect(bad.reply.kind).toBe('error');
    expect(bad.text).toContain('/ips week 2');
  });

  it('/ips agenda post goes through the outbox to the unit channel, once per delivery', async () => {
    const before = await bot.database.db.outboxMessage.count();
    const first = await bot.say('dana', '/ips agenda post', { idempotencyKey: 'post-1' });
    expect(first.text).toContain('#harbour-ips');
    await bot.say('dana', '/ips agenda post', { idempotencyKey: 'post-1' });
    const rows = await bot.database.db.outboxMessage.findMany({ skip: before });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.orderingKey).toBe('console:local:harbour-ips');
    expect(await bot.database.db.auditEvent.count({ where: { action: 'agenda.post' } })).toBe(1);
    expect((await bot.say('dana', '/ips agenda tomorrow')).reply.kind).toBe('error');
  });
});
