// The employer contact log (the seed's "database for logging employer
// engagement contact") and the counts a specialist sees after each entry.
import type { Tx } from '../db/tx.js';
import type { ContactType } from '../generated/prisma/enums.js';
import { fromDbDate, isoWeekOf, toDbDate, type LocalDate } from '../core/local-date.js';

/** Face to face and tour/visit are in person: both count for fidelity item 17. */
export const inPersonTypes: readonly ContactType[] = ['face_to_face', 'visit'];

export const weeklyFaceToFaceTarget = 6;

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

/**
 * "Cup of tea" number: how many times this specialist has met this employer
 * in person, this contact included. An email after a first visit is still
 * cup of tea 1, as in the seed's example log.
 */
async function cupOfTeaFor(tx: Tx, contact: NewContact): Promise<number> {
  const before = await tx.employerContact.count({
    where: {
      specialistId: contact.specialistId,
      employerId: contact.employerId,
      type: { in: [...inPersonTypes] },
      contactedOn: { lte: toDbDate(contact.contactedOn) },
    },
  });
  return before + (inPersonTypes.includes(contact.type) ? 1 : 0);
}

export async function createContact(tx: Tx, contact: NewContact) {
  const cupOfTea = await cupOfTeaFor(tx, contact);
  const row = await tx.employerContact.create({
    data: {
      specialistId: contact.specialistId,
      employerId: contact.employerId,
      clientId: contact.clientId ?? null,
      contactedOn: toDbDate(contact.contactedOn),
      type: contact.type,
      cupOfTea,
      nextContactOn: contact.nextContactOn ? toDbDate(contact.nextContactOn) : null,
      benefitsLiaison: contact.benefitsLiaison,
      details: contact.details ?? null,
      createdAt: contact.loggedAt,
    },
  });
  await tx.employer.updateMany({
    where: { id: contact.employerId, OR: [{ lastContactOn: null }, { lastContactOn: { lt: row.contactedOn } }] },
    data: { lastContactOn: row.contactedOn },
  });
  return row;
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
