// The employer contact log (the seed's "database for logging employer
// engagement contact") and the counts a specialist sees after each entry.
import type { Db } from '../db/database.js';
import type { Tx } from '../db/tx.js';
import type { ContactType } from '../generated/prisma/enums.js';
import { fromDbDate, isoWeekOf, toDbDate, type LocalDate } from '../core/local-date.js';
import { employerMatchKey } from './employers.js';

/**
 * Face to face and tour/visit are in person: both count for fidelity item 17,
 * unless the contact was with benefits or employment programme staff (item 6).
 */
export const inPersonTypes: readonly ContactType[] = ['face_to_face', 'visit'];

export const weeklyFaceToFaceTarget = 6;

/** As the seed's contact log names them. */
export const contactTypeLabels: Record<ContactType, string> = {
  face_to_face: 'Face to face',
  phone: 'Phone call',
  email: 'Email',
  visit: 'Tour / visit',
};

export interface NewContact {
  organisationId: number;
  /** As typed: matched by its match key, and created on first mention. */
  employer: string;
  specialistId: number;
  clientId?: number;
  contactedOn: LocalDate;
  type: ContactType;
  nextContactOn?: LocalDate;
  benefitsLiaison: boolean;
  details?: string;
}

/** The command that logs it: its audit events and idempotency record are written with it. */
export interface ContactRecord {
  platform: string;
  key: string;
  /** The command's time: when the contact was logged (for undo), and its audit events' time. */
  at: Date;
  /** The week whose in-person contacts are counted: the caller's current one. */
  weekOf: LocalDate;
  /** What the idempotency record keeps; the function adds its figures under "result". */
  stored: { result: object };
}

/**
 * Finds or creates the employer, stores the contact, numbers its cup of tea,
 * moves the later ones on, moves the employer's last contact date on, counts
 * the week and writes the audit events and the idempotency record, in one
 * statement: the database function ips_log_employer_contact (migration
 * 20261202070000_log_employer_contact), which says how it keeps the
 * transaction's guarantees. Returns the stored result: `stored.result` with
 * what the function found and counted added (the contact command's
 * `loggedContact` says what that is).
 */
export async function logEmployerContact(db: Db, contact: NewContact, record: ContactRecord): Promise<unknown> {
  const week = isoWeekOf(record.weekOf);
  const [row] = await db.$queryRaw<{ result: unknown }[]>`
    SELECT ips_log_employer_contact(
      ${contact.organisationId}::int, ${contact.employer.trim()}::text, ${employerMatchKey(contact.employer)}::text,
      ${contact.specialistId}::int, ${contact.clientId ?? null}::int, ${contact.contactedOn}::date, ${contact.type}::"ContactType",
      ${contact.nextContactOn ?? null}::date, ${contact.benefitsLiaison}::boolean, ${contact.details ?? null}::text,
      ${week.start}::date, ${week.end}::date,
      ${record.platform}::text, ${record.key}::text, ${record.at.toISOString()}::timestamp(3), ${JSON.stringify(record.stored)}::jsonb
    ) AS result`;
  return row!.result;
}

/**
 * Numbers one specialist's contacts with one employer in date order (the
 * order they were logged within a day): each one's cup of tea is the in-person
 * meetings up to it. A backdated contact renumbers the later ones, so no
 * number is ever given twice.
 */
export async function renumberCupsOfTea(tx: Tx, specialistId: number, employerId: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "EmployerContact" e SET "cupOfTea" = n.cup
    FROM (
      SELECT id, (count(*) FILTER (WHERE type IN ('face_to_face', 'visit')) OVER (ORDER BY "contactedOn", id))::int AS cup
      FROM "EmployerContact" WHERE "specialistId" = ${specialistId} AND "employerId" = ${employerId}
    ) n
    WHERE e.id = n.id AND e."cupOfTea" <> n.cup`;
}

/** In-person employer contacts by one specialist in the ISO week holding `day` (benefits staff are not employers). */
export async function faceToFaceInWeek(tx: Tx, specialistId: number, day: LocalDate): Promise<number> {
  const week = isoWeekOf(day);
  return tx.employerContact.count({
    where: {
      specialistId,
      type: { in: [...inPersonTypes] },
      benefitsLiaison: false,
      contactedOn: { gte: toDbDate(week.start), lte: toDbDate(week.end) },
    },
  });
}

export async function contactsInWeek(tx: Tx, specialistId: number, day: LocalDate) {
  const week = isoWeekOf(day);
  const rows = await tx.employerContact.findMany({
    where: { specialistId, contactedOn: { gte: toDbDate(week.start), lte: toDbDate(week.end) } },
    orderBy: [{ contactedOn: 'asc' }, { id: 'asc' }],
    include: { employer: { select: { name: true } }, client: { select: { ref: true } } },
  });
  return rows.map((r) => ({ ...r, contactedOn: fromDbDate(r.contactedOn), nextContactOn: r.nextContactOn && fromDbDate(r.nextContactOn) }));
}

/** The specialist's most recent entry, if it was logged after `since`. */
export async function lastContactSince(tx: Tx, specialistId: number, since: Date) {
  return tx.employerContact.findFirst({
    where: { specialistId, createdAt: { gte: since } },
    orderBy: { id: 'desc' },
    include: { employer: { select: { name: true } }, client: { select: { ref: true } } },
  });
}
