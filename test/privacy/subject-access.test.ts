// A subject access request and an erasure, through the functions `npm run
// person` runs, against a real database filled by real commands.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErasureRefused, erasePerson, exportPerson } from '../../src/subject/subject-access.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { recordingMessenger, type RecordingMessenger } from '../clinical/recording-messenger.js';

let bot: TestBot;
let out: string;
let terminal: RecordingMessenger;
const db = () => bot.database.db;

async function ok(handle: string, line: string) {
  const { reply, text } = await bot.say(handle, line);
  expect(reply.kind, text).toBe('message');
}

beforeAll(async () => {
  bot = await startTestBot();
  out = await mkdtemp(join(tmpdir(), 'person-'));
  terminal = recordingMessenger();
  bot.core.outbox.register(terminal);
  // The same history for two people: SJ-14 is exported, MT-21 erased, so either test may run first.
  for (const ref of ['SJ-14', 'MT-21']) {
    await ok('aroha', `/client consent ${ref} name Sam`);
    await ok('aroha', `/contact Perry's Garden Centre f2f for ${ref} talked about Sam's weekend availability`);
    await ok('aroha', `/outreach ${ref} home left a card at the flat`);
    await ok('aroha', `/lead Harbour Café, barista 20h for ${ref} Sam knows the owner`);
    await ok('aroha', `/jobstart ${ref} Harbour Cafe, barista today 20h £12.60/h`);
  }
  await bot.core.outbox.drain();
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
  await bot.close();
});

describe('npm run person -- export', () => {
  it('writes everything held about the person as JSON and CSV, and audits it', async () => {
    const done = await exportPerson(db(), 'SJ-14', { out, by: 'ig-lead', now: bot.clock.now() });
    const json = JSON.parse(await readFile(join(out, 'person-SJ-14.json'), 'utf8')) as Record<string, unknown[]> & {
      client: { ref: string };
    };
    expect(json.client.ref).toBe('SJ-14');
    expect(JSON.stringify(json.contacts)).toContain("talked about Sam's weekend availability");
    expect(JSON.stringify(json.outreach)).toContain('left a card at the flat');
    expect(JSON.stringify(json.leads)).toContain('Sam knows the owner');
    expect(JSON.stringify(json.jobs)).toContain('barista');
    // Messages sent about them: the celebrations as posted, with the name they had consented to.
    expect(json.messages?.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(json.messages)).toContain('Sam has');
    // The audit trail of their records.
    const actions = (json.audit as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['client.consent', 'contact.create', 'outreach.create', 'job.start']));

    const csv = parse(await readFile(join(out, 'person-SJ-14.csv')), { bom: true }) as string[][];
    expect(csv[0]).toEqual(['part', 'id', 'date', 'record']);
    expect(csv.length - 1).toBe(done.rows);
    // The demo's SJ-14 has no referral row: the demo roster puts people straight on caseloads.
    expect(new Set(csv.slice(1).map((r) => r[0]))).toEqual(
      new Set(['person', 'contacts', 'jobs', 'outreach', 'leads', 'celebrations', 'messages', 'audit']),
    );
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'person.export' } });
    expect(audit.details).toMatchObject({ by: 'ig-lead', rows: done.rows });
  });
});

describe('npm run person -- erase', () => {
  it('is for admins only, with a reason, and refuses writing nothing', async () => {
    const erasures = await db().auditEvent.count({ where: { action: 'person.erase' } });
    await expect(erasePerson(db(), 'MT-21', { reason: 'request', byHandle: 'aroha', now: bot.clock.now() })).rejects.toThrow(
      ErasureRefused,
    );
    await expect(erasePerson(db(), 'MT-21', { reason: '', byHandle: 'gus', now: bot.clock.now() })).rejects.toThrow(/--reason/);
    expect(await db().auditEvent.count({ where: { action: 'person.erase' } })).toBe(erasures);
  });

  it('removes free text and identifying fields, keeps the counts, edits named posts and is audited', async () => {
    const person = await db().client.findUniqueOrThrow({ where: { ref: 'MT-21' } });
    const counts = async () => ({
      contacts: await db().employerContact.count({ where: { clientId: person.id } }),
      jobs: await db().job.count({ where: { clientId: person.id } }),
      outreach: await db().outreachAttempt.count({ where: { clientId: person.id } }),
    });
    const before = await counts();
    const done = await erasePerson(db(), 'MT-21', { reason: 'erasure request of 23 Nov 2026', byHandle: 'gus', now: bot.clock.now() });
    expect(done.ref).toBe(`ERASED-${person.id}`);
    expect(await counts()).toEqual(before);

    const after = await db().client.findUniqueOrThrow({
      where: { id: person.id },
      include: { contacts: true, jobs: true, outreach: true },
    });
    expect(after).toMatchObject({ ref: done.ref, firstName: null, consentToBeNamed: false, celebrationsOptOut: true });
    expect(after.contacts.map((c) => c.details)).toEqual([null]);
    expect(after.outreach.map((o) => o.notes)).toEqual([null]);
    expect(after.jobs.map((j) => [j.role, j.pay])).toEqual([[after.jobs[0]!.jobType, null]]);
    expect((await db().jobLead.findFirstOrThrow({ where: { clients: { some: { clientId: person.id } } } })).notes).toBeNull();

    // The reference is gone from every stored message, reply and audit event.
    const [left] = await db().$queryRaw<{ n: number }[]>`
      SELECT ((SELECT count(*) FROM "OutboxMessage" WHERE message::text LIKE '%MT-21%')
        + (SELECT count(*) FROM "ProcessedCommand" WHERE reply::text LIKE '%MT-21%')
        + (SELECT count(*) FROM "AuditEvent" WHERE details::text LIKE '%MT-21%'))::int AS n`;
    expect(left!.n).toBe(0);

    // Posts that named them are edited to the anonymous form.
    await bot.core.outbox.drain();
    const named = await db().celebration.findMany({ where: { clientId: person.id } });
    const postedAbout = await db().outboxMessage.findMany({ where: { dedupeKey: { in: named.flatMap((c) => c.outboxKeys) } } });
    const edited = terminal.updates.filter((u) =>
      postedAbout.some((p) => (p.platformRef as { messageId: string }).messageId === u.ref.messageId),
    );
    expect(edited).toHaveLength(postedAbout.length);
    for (const u of edited) expect(u.message.text).not.toContain('Sam');

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'person.erase' } });
    expect(audit.actorId).toBe((await db().staff.findUniqueOrThrow({ where: { handle: 'gus' } })).id);
    expect(audit.details).toMatchObject({ reason: 'erasure request of 23 Nov 2026' });
    await expect(erasePerson(db(), done.ref, { reason: 'again', byHandle: 'gus', now: bot.clock.now() })).rejects.toThrow(/already erased/);
  });
});
