// The employer contact log (the seed's "database for logging employer
// engagement contact") and the counts a specialist sees after each entry.
import type { Tx } from '../db/tx.js';
import type { ContactType } from '../generated/prisma/enums.js';
import { fromDbDate, isoWeekOf, toDbDate, type LocalDate } from '../core/local-date.js';

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
 * Stores a contact, numbers its cup of tea, moves the later ones on, moves the
 * employer's last contact date on and counts the week, in one statement: this
 * is the path a specialist waits on after every visit. The caller holds the
 * employer's row lock (findOrCreateEmployer), so two contacts with one
 * employer are numbered one after the other and no number is given twice.
 *
 * Numbering follows renumberCupsOfTea: contacts in date order, then in the
 * order logged, so the new row (the highest id) comes after every contact on
 * or before its date and before every later one. The statement's snapshot
 * does not see its own insert, hence the "+ 1"s.
 */
export async function createContact(tx: Tx, contact: NewContact, weekOf: LocalDate): Promise<StoredContact> {
  const week = isoWeekOf(weekOf);
  const inPerson = inPersonTypes.includes(contact.type);
  const countsThisWeek = inPerson && !contact.benefitsLiaison && contact.contactedOn >= week.start && contact.contactedOn <= week.end;
  const [row] = await tx.$queryRaw<StoredContact[]>`
    WITH earlier AS (
      SELECT count(*) FILTER (WHERE type IN ('face_to_face', 'visit'))::int AS cups
      FROM "EmployerContact"
      WHERE "specialistId" = ${contact.specialistId} AND "employerId" = ${contact.employerId} AND "contactedOn" <= ${contact.contactedOn}::date
    ), inserted AS (
      INSERT INTO "EmployerContact"
        ("specialistId", "employerId", "clientId", "contactedOn", type, "cupOfTea", "nextContactOn", "benefitsLiaison", details, "createdAt")
      SELECT ${contact.specialistId}::int, ${contact.employerId}::int, ${contact.clientId ?? null}::int, ${contact.contactedOn}::date,
        ${contact.type}::"ContactType", earlier.cups + ${inPerson ? 1 : 0}::int, ${contact.nextContactOn ?? null}::date,
        ${contact.benefitsLiaison}, ${contact.details ?? null}::text, ${contact.loggedAt}
      FROM earlier
      RETURNING id, "cupOfTea"
    ), later AS (
      UPDATE "EmployerContact" SET "cupOfTea" = "cupOfTea" + 1
      WHERE ${inPerson} AND "specialistId" = ${contact.specialistId} AND "employerId" = ${contact.employerId}
        AND "contactedOn" > ${contact.contactedOn}::date
    ), employer AS (
      UPDATE "Employer" SET "lastContactOn" = ${contact.contactedOn}::date
      WHERE id = ${contact.employerId} AND ("lastContactOn" IS NULL OR "lastContactOn" < ${contact.contactedOn}::date)
    )
    SELECT i.id, i."cupOfTea", (SELECT count(*)::int + ${countsThisWeek ? 1 : 0}::int FROM "EmployerContact" w
      WHERE w."specialistId" = ${contact.specialistId} AND w.type IN ('face_to_face', 'visit') AND NOT w."benefitsLiaison"
        AND w."contactedOn" BETWEEN ${week.start}::date AND ${week.end}::date) AS "faceToFaceInWeek"
    FROM inserted i`;
  return row!;
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
