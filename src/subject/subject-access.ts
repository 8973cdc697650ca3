// `npm run person -- export <ref>` and `npm run person -- erase <ref>`: a
// subject access request answered in full, and erasure that keeps the
// service's anonymous counts. Both are audited like every other way data
// leaves or changes in the database.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Db } from '../db/database.js';
import { csvFile } from '../export/csv-file.js';
import { anonymisePosts, namedPostsAbout } from '../celebrations/anonymise.js';
import { personRecords, type PersonRecords } from './person-records.js';

/** JSON for what Prisma returns: big ids and decimals as strings, dates as ISO. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
}

function dateOf(row: object): string {
  for (const key of ['at', 'referredOn', 'contactedOn', 'startOn', 'attemptedOn', 'interviewOn', 'on', 'sentAt', 'createdAt']) {
    const v = (row as Record<string, unknown>)[key];
    if (v instanceof Date) return v.toISOString();
  }
  return '';
}

/** One CSV row per record: which part of the file it is, its id, its date, and the record itself. */
function csvRows(records: PersonRecords): (string | number)[][] {
  const { client, ...parts } = records;
  const rows: (string | number)[][] = [['person', client.id, dateOf(client), toJson(client)]];
  for (const [part, list] of Object.entries(parts)) {
    for (const row of list as { id: number | bigint }[]) rows.push([part, String(row.id), dateOf(row), toJson(row)]);
  }
  return rows;
}

export interface PersonExport {
  files: string[];
  rows: number;
}

/** Writes everything held about the person as JSON and CSV to `out`, and records who took it. */
export async function exportPerson(db: Db, ref: string, job: { out: string; by: string; now: Date }): Promise<PersonExport> {
  const records = await personRecords(db, ref);
  const rows = csvRows(records);
  await mkdir(job.out, { recursive: true });
  const json = join(job.out, `person-${records.client.ref}.json`);
  const csv = join(job.out, `person-${records.client.ref}.csv`);
  await writeFile(json, toJson({ exportedAt: job.now, ...records }));
  await writeFile(csv, csvFile(`person-${records.client.ref}.csv`, 'Person', ['part', 'id', 'date', 'record'], rows).bytes);
  await db.auditEvent.create({
    data: {
      at: job.now,
      platform: 'cli',
      action: 'person.export',
      entity: 'Client',
      entityId: String(records.client.id),
      details: { by: job.by, folder: resolve(job.out), rows: rows.length },
    },
  });
  return { files: [json, csv], rows: rows.length };
}

export class ErasureRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ErasureRefused';
  }
}

export interface Erasure {
  /** The reference the person's rows carry from now on. */
  ref: string;
  /** Rows whose free text was removed, by table. */
  cleared: Record<string, number>;
}

/**
 * Removes the person's free text and identifying fields: the reference (its
 * initials) wherever it was written down, the first name, notes, reasons,
 * job titles and pay. Dates, statuses and links stay, so the service's
 * counts (referrals, job starts, contacts) do not change. Posts still up that
 * named them are edited to the anonymous form. Only an admin may erase.
 */
export async function erasePerson(db: Db, ref: string, job: { reason: string; byHandle: string; now: Date }): Promise<Erasure> {
  const admin = await db.staff.findUnique({ where: { handle: job.byHandle } });
  if (!admin || admin.role !== 'admin' || !admin.active)
    throw new ErasureRefused(`Erasure is for admins: give your roster handle with --by.`);
  if (job.reason.trim().length < 3) throw new ErasureRefused('Say why with --reason, e.g. --reason "erasure request of 1 Dec 2026".');
  const records = await personRecords(db, ref);
  const { client } = records;
  if (client.erasedAt) throw new ErasureRefused(`${ref} was already erased.`);
  const erasedRef = `ERASED-${client.id}`;
  // The reference as a whole word: SJ-10 must not touch SJ-100.
  const pattern = `\\m${client.ref}\\M`;
  return db.$transaction(async (tx) => {
    await anonymisePosts(tx, await namedPostsAbout(tx, client.id), `erase:${client.id}`, job.now);
    await tx.client.update({
      where: { id: client.id },
      data: { ref: erasedRef, firstName: null, consentToBeNamed: false, celebrationsOptOut: true, closeReason: null, erasedAt: job.now },
    });
    const cleared: Record<string, number> = {};
    cleared.referrals = (await tx.referral.updateMany({ where: { clientId: client.id }, data: { notes: null } })).count;
    cleared.contacts = (await tx.employerContact.updateMany({ where: { clientId: client.id }, data: { details: null } })).count;
    cleared.outreach = (await tx.outreachAttempt.updateMany({ where: { clientId: client.id }, data: { notes: null } })).count;
    cleared.meetings = (await tx.clientContact.updateMany({ where: { clientId: client.id }, data: { notes: null } })).count;
    cleared.interviews = (await tx.interview.updateMany({ where: { clientId: client.id }, data: { notes: null } })).count;
    cleared.leads = (await tx.jobLead.updateMany({ where: { id: { in: records.leads.map((l) => l.id) } }, data: { notes: null } })).count;
    for (const j of records.jobs) await tx.job.update({ where: { id: j.id }, data: { role: j.jobType, pay: null, endReason: null } });
    cleared.jobs = records.jobs.length;
    cleared.queued = (
      await tx.outboxMessage.updateMany({
        where: { id: { in: records.messages.map((m) => m.id) }, status: 'pending' },
        data: { status: 'cancelled' },
      })
    ).count;
    cleared.messages = await tx.$executeRaw`
      UPDATE "OutboxMessage" SET message = regexp_replace(message::text, ${pattern}, ${erasedRef}, 'g')::jsonb WHERE message::text ~ ${pattern}`;
    cleared.replies = await tx.$executeRaw`
      UPDATE "ProcessedCommand" SET reply = regexp_replace(reply::text, ${pattern}, ${erasedRef}, 'g')::jsonb WHERE reply::text ~ ${pattern}`;
    cleared.audit = await tx.$executeRaw`
      UPDATE "AuditEvent" SET details = regexp_replace(details::text, ${pattern}, ${erasedRef}, 'g')::jsonb WHERE details::text ~ ${pattern}`;
    await tx.auditEvent.create({
      data: {
        at: job.now,
        actorId: admin.id,
        platform: 'cli',
        action: 'person.erase',
        entity: 'Client',
        entityId: String(client.id),
        details: { reason: job.reason, cleared },
      },
    });
    return { ref: erasedRef, cleared };
  });
}
