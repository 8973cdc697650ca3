// The employer contact log (the seed's "database for logging employer
// engagement contact") and the counts a specialist sees after each entry.
import type { Tx } from '../db/tx.js';
import type { ContactType } from '../generated/prisma/enums.js';
import { fromDbDate, isoWeekOf, toDbDate, type LocalDate } from '../core/local-date.js';

/** Face to face and tour/visit are in person: both count for fidelity item 17. */
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
  specialistId: number;
  employerId: number;
  clientId?: number;
  contactedOn: LocalDate;
  type: ContactType;
  nextContactOn?: LocalDate;
  benefitsLiaison: boolean;
  details?: string;
  /** When it was logged (the command's clock), for undo. */
  loggedAt: Date;
}

export interface StoredContact {
  id: number;
  /**
   * "Cup of tea" number: how many times this specialist has met this employer
   * in person, this contact included. An email after a first visit is still
   * cup of tea 1, as in the seed's example log.
   */
  cupOfTea: number;
  /** The specialist's in-person contacts in the ISO week of `weekOf`, this one included. */
  faceToFaceInWeek: number;
}

/**
 * Stores a contact, numbers its cup of tea, moves the employer's last contact
 * date on and counts the week, in one statement: this is the path a
 * specialist waits on after every visit.
 */
export async function createContact(tx: Tx, contact: NewContact, weekOf: LocalDate): Promise<StoredContact> {
  const inPerson = inPersonTypes.includes(contact.type);
  const week = isoWeekOf(weekOf);
  const [row] = await tx.$queryRaw<StoredContact[]>`
    WITH prior AS (
      SELECT count(*)::int AS n FROM "EmployerContact"
      WHERE "specialistId" = ${contact.specialistId} AND "employerId" = ${contact.employerId}
        AND type IN ('face_to_face', 'visit') AND "contactedOn" <= ${contact.contactedOn}::date
    ), inserted AS (
      INSERT INTO "EmployerContact"
        ("specialistId", "employerId", "clientId", "contactedOn", type, "cupOfTea", "nextContactOn", "benefitsLiaison", details, "createdAt")
      SELECT ${contact.specialistId}::int, ${contact.employerId}::int, ${contact.clientId ?? null}::int, ${contact.contactedOn}::date,
        ${contact.type}::"ContactType", prior.n + ${inPerson ? 1 : 0}, ${contact.nextContactOn ?? null}::date,
        ${contact.benefitsLiaison}, ${contact.details ?? null}::text, ${contact.loggedAt}
      FROM prior
      RETURNING id, "cupOfTea", "contactedOn"
    ), employer AS (
      UPDATE "Employer" SET "lastContactOn" = ${contact.contactedOn}::date
      WHERE id = ${contact.employerId} AND ("lastContactOn" IS NULL OR "lastContactOn" < ${contact.contactedOn}::date)
    ), week AS (
      SELECT count(*)::int AS n FROM "EmployerContact"
      WHERE "specialistId" = ${contact.specialistId} AND type IN ('face_to_face', 'visit')
        AND "contactedOn" BETWEEN ${week.start}::date AND ${week.end}::date
    )
    SELECT inserted.id, inserted."cupOfTea",
      week.n + (CASE WHEN ${inPerson} AND inserted."contactedOn" BETWEEN ${week.start}::date AND ${week.end}::date THEN 1 ELSE 0 END) AS "faceToFaceInWeek"
    FROM inserted, week`;
  return row!;
}

/** In-person employer contacts by one specialist in the ISO week holding `day`. */
export async function faceToFaceInWeek(tx: Tx, specialistId: number, day: LocalDate): Promise<number> {
  const week = isoWeekOf(day);
  return tx.employerContact.count({
    where: {
      specialistId,
      type: { in: [...inPersonTypes] },
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
