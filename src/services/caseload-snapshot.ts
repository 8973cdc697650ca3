// One read of a caseload with everything the follow-along schedule, the
// fidelity flags and the outcome figures are computed from. The computations
// themselves are pure functions over this snapshot (follow-along.ts,
// caseload-flags.ts, outcomes.ts), so that reminders, /ips me, /client list
// and the export all count the same way.
import type { Tx } from '../db/tx.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { ClientStatus, JobKind } from '../generated/prisma/enums.js';
import { fromDbDate, localDateOf, type LocalDate } from '../core/local-date.js';
import { inPersonTypes } from './contacts.js';

/** Read-only: what is worked out from a job (its follow-along checkpoints) is kept with it. */
export interface SnapshotJob {
  readonly id: number;
  readonly employer: string;
  readonly role: string;
  readonly jobType: string;
  readonly startOn: LocalDate;
  readonly endOn: LocalDate | null;
  readonly hoursPerWeek: number | null;
  readonly kind: JobKind;
  readonly minimumWage: boolean | null;
  /** Held at programme entry: follow-along, but never a job start. */
  readonly retention: boolean;
  /** When the specialist recorded the first 4 hours of paid work done. */
  readonly firstHoursOn: LocalDate | null;
  /** The local day the specialist logged the start (item 22's "1 week before"). */
  readonly loggedOn: LocalDate;
  /** The local day the bot learned of the end: the 3-day contact counts from it. */
  readonly endLearnedOn: LocalDate | null;
}

/** What follow-along and the outcome figures are computed from: the person, their meetings and their jobs. */
export interface WorkHistory {
  id: number;
  ref: string;
  status: ClientStatus;
  specialistId: number | null;
  clinicalTeamId: number;
  referredOn: LocalDate | null;
  programmeEntryOn: LocalDate | null;
  profileStartedOn: LocalDate | null;
  closedOn: LocalDate | null;
  /** Meetings with the person (`/client met`); only face-to-face ones clear follow-along. */
  clientContacts: { on: LocalDate; faceToFace: boolean }[];
  /** Oldest first. */
  jobs: SnapshotJob[];
}

/** A work history with every other service logged for the person: what the fidelity flags also need. */
export interface SnapshotPerson extends WorkHistory {
  /** Employer contacts logged for this person. */
  contacts: { on: LocalDate; inPerson: boolean }[];
  outreachOn: LocalDate[];
}

const workHistoryInclude = {
  clientContacts: { select: { metOn: true, type: true }, orderBy: { metOn: 'asc' } },
  jobs: { include: { employer: { select: { name: true } } }, orderBy: [{ startOn: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.ClientInclude;

type WorkHistoryRow = Prisma.ClientGetPayload<{ include: typeof workHistoryInclude }>;

function toWorkHistory(c: WorkHistoryRow, timeZone: string): WorkHistory {
  const date = (d: Date | null) => (d ? fromDbDate(d) : null);
  return {
    id: c.id,
    ref: c.ref,
    status: c.status,
    specialistId: c.specialistId,
    clinicalTeamId: c.clinicalTeamId,
    referredOn: date(c.referredOn),
    programmeEntryOn: date(c.programmeEntryOn),
    profileStartedOn: date(c.profileStartedOn),
    closedOn: date(c.closedOn),
    clientContacts: c.clientContacts.map((k) => ({ on: fromDbDate(k.metOn), faceToFace: k.type === 'face_to_face' })),
    jobs: c.jobs.map((j) => ({
      id: j.id,
      employer: j.employer.name,
      role: j.role,
      jobType: j.jobType,
      startOn: fromDbDate(j.startOn),
      endOn: date(j.endOn),
      hoursPerWeek: j.hoursPerWeek === null ? null : Number(j.hoursPerWeek),
      kind: j.kind,
      minimumWage: j.minimumWage,
      retention: j.retention,
      firstHoursOn: date(j.firstHoursOn),
      loggedOn: localDateOf(j.loggedAt, timeZone),
      endLearnedOn: j.endLoggedAt ? localDateOf(j.endLoggedAt, timeZone) : null,
    })),
  };
}

/**
 * The people's work histories without their employer contacts and outreach:
 * a unit's digests read these for every person each week, and the contacts
 * are most of the rows (follow-along counts only meetings with the person).
 */
export async function loadWorkHistories(tx: Tx, where: Prisma.ClientWhereInput, timeZone: string): Promise<WorkHistory[]> {
  const rows = await tx.client.findMany({ where, orderBy: { ref: 'asc' }, include: workHistoryInclude });
  return rows.map((c) => toWorkHistory(c, timeZone));
}

/**
 * Every contact is read: a missed follow-along checkpoint stays open until a
 * face-to-face meeting, however long ago it fell due.
 */
export async function loadCaseload(tx: Tx, where: Prisma.ClientWhereInput, timeZone: string): Promise<SnapshotPerson[]> {
  const rows = await tx.client.findMany({
    where,
    orderBy: { ref: 'asc' },
    include: {
      ...workHistoryInclude,
      contacts: {
        select: { contactedOn: true, type: true, benefitsLiaison: true },
        orderBy: { contactedOn: 'asc' },
      },
      outreach: { select: { attemptedOn: true }, orderBy: { attemptedOn: 'asc' } },
    },
  });
  return rows.map((c) => ({
    ...toWorkHistory(c, timeZone),
    // A meeting with benefits staff about the person is liaison (item 6), not an in-person employer contact.
    contacts: c.contacts.map((k) => ({ on: fromDbDate(k.contactedOn), inPerson: inPersonTypes.includes(k.type) && !k.benefitsLiaison })),
    outreachOn: c.outreach.map((o) => fromDbDate(o.attemptedOn)),
  }));
}

/** Any logged service to the person: a meeting with them, an employer contact for them, or an outreach attempt. */
export function contactDatesOf(person: SnapshotPerson): LocalDate[] {
  return [...person.clientContacts.map((c) => c.on), ...person.contacts.map((c) => c.on), ...person.outreachOn].sort();
}

/** The days the specialist met the person face to face: the only contacts follow-along counts (items 22/23). */
export function faceToFaceDatesOf(person: WorkHistory): LocalDate[] {
  return person.clientContacts.filter((c) => c.faceToFace).map((c) => c.on);
}
