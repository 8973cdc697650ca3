// Everything the bot holds about one person, for a subject access request
// (UK GDPR article 15) and for erasure (article 17): their record, referrals,
// meetings with the specialist, employer contacts, jobs, outreach, interviews, the leads noted for them,
// celebrations, the messages sent about them and the audit trail.
import type { Db } from '../db/database.js';
import type { Prisma } from '../generated/prisma/client.js';

export class PersonNotFound extends Error {
  constructor(ref: string) {
    super(`No one has the reference ${ref}.`);
    this.name = 'PersonNotFound';
  }
}

/** The person's rows, by the tables they come from. */
export async function personRecords(db: Db, ref: string) {
  const client = await db.client.findUnique({ where: { ref }, include: { clinicalTeam: { select: { name: true, key: true } } } });
  if (!client) throw new PersonNotFound(ref);
  const id = client.id;
  const referrals = await db.referral.findMany({ where: { clientId: id }, orderBy: { id: 'asc' } });
  const contacts = await db.employerContact.findMany({
    where: { clientId: id },
    include: { employer: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  const jobs = await db.job.findMany({
    where: { clientId: id },
    include: { employer: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  const meetings = await db.clientContact.findMany({ where: { clientId: id }, orderBy: { id: 'asc' } });
  const outreach = await db.outreachAttempt.findMany({ where: { clientId: id }, orderBy: { id: 'asc' } });
  const interviews = await db.interview.findMany({ where: { clientId: id }, orderBy: { id: 'asc' } });
  const leads = await db.jobLead.findMany({
    where: { clients: { some: { clientId: id } } },
    include: { employer: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  const celebrations = await db.celebration.findMany({ where: { clientId: id }, orderBy: { id: 'asc' } });
  // Dates and categories only (benefits planning, disclosure talks, profile and plan updates), but about the person.
  const evidence = await db.clientEvidence.findMany({ where: { clientId: id }, orderBy: { id: 'asc' } });
  const messages = await messagesAbout(db, client.ref, [
    ...celebrations.flatMap((c) => c.outboxKeys),
    ...referrals.map((r) => `referral:${r.id}:`),
  ]);
  const about: [string, number[]][] = [
    ['Client', [id]],
    ['Referral', referrals.map((r) => r.id)],
    ['EmployerContact', contacts.map((c) => c.id)],
    ['Job', jobs.map((j) => j.id)],
    ['OutreachAttempt', outreach.map((o) => o.id)],
    ['ClientContact', meetings.map((m) => m.id)],
    ['Interview', interviews.map((i) => i.id)],
    ['Celebration', celebrations.map((c) => c.id)],
    ['ClientEvidence', evidence.map((e) => e.id)],
  ];
  const audit = await db.auditEvent.findMany({
    where: { OR: about.map(([entity, ids]) => ({ entity, entityId: { in: ids.map(String) } })) },
    orderBy: { id: 'asc' },
  });
  return { client, referrals, meetings, contacts, jobs, outreach, interviews, leads, celebrations, evidence, messages, audit };
}

export type PersonRecords = Awaited<ReturnType<typeof personRecords>>;

/** Outbox rows about the person: by key (celebrations, the referral's message), or naming their reference. */
async function messagesAbout(db: Db, ref: string, keys: readonly string[]) {
  const byKey: Prisma.OutboxMessageWhereInput[] = keys.map((k) => (k.endsWith(':') ? { dedupeKey: { startsWith: k } } : { dedupeKey: k }));
  const mentioning = await db.$queryRaw<{ id: bigint }[]>`
    SELECT id FROM "OutboxMessage" WHERE message::text LIKE ${`%${ref}%`}`;
  return db.outboxMessage.findMany({
    where: { OR: [...byKey, { id: { in: mentioning.map((m) => m.id) } }] },
    select: { id: true, dedupeKey: true, destination: true, message: true, status: true, createdAt: true, sentAt: true },
    orderBy: { id: 'asc' },
  });
}
