// Per-person facts of a unit's active caseload on a given day (one aggregate
// query each; the history behind them is only reached through (client, date)
// indexes), and the follow-along state of its working people, computed from
// the work histories the caller has already read.
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../db/tx.js';
import type { LocalDate } from '../core/local-date.js';
import type { WorkHistory } from '../services/caseload-snapshot.js';
import { dueFollowAlong, followAlongTally, type FollowAlongTally } from '../services/follow-along.js';
import { idsSql, inPersonSql } from './sql.js';

export interface CaseloadPerson {
  ref: string;
  specialistId: number;
  programmeEntryOn: LocalDate;
  /** First in-person employer contact about them since programme entry. */
  firstEmployerContactOn: LocalDate | null;
  /** Latest meeting with them, employer contact about them or outreach attempt. */
  lastServiceOn: LocalDate | null;
  working: boolean;
  /** In work at programme entry: not searching, so never in item 15. */
  retention: boolean;
}

export type FollowAlongState = 'overdue' | 'due' | 'on-time';

export interface FollowAlongCase {
  ref: string;
  specialistId: number;
  /** The earliest follow-along contact the person is waiting for, if any. */
  dueOn: LocalDate | undefined;
  state: FollowAlongState;
  reason: 'in work' | 'job ended';
}

/** The service given to a person up to `day`: meetings with them, employer contacts about them and outreach. */
function lastServiceSql(day: LocalDate) {
  return Prisma.sql`GREATEST(
    (SELECT max(m."metOn") FROM "ClientContact" m WHERE m."clientId" = c.id AND m."metOn" <= ${day}::date),
    (SELECT max(e."contactedOn") FROM "EmployerContact" e WHERE e."clientId" = c.id AND e."contactedOn" <= ${day}::date),
    (SELECT max(o."attemptedOn") FROM "OutreachAttempt" o WHERE o."clientId" = c.id AND o."attemptedOn" <= ${day}::date))`;
}

/** People on the active caseload on `day`: met, and not closed by then. */
export async function caseloadOn(tx: Tx, specialistIds: readonly number[], day: LocalDate): Promise<CaseloadPerson[]> {
  return tx.$queryRaw<CaseloadPerson[]>`
    SELECT c.ref, c."specialistId", c."programmeEntryOn"::text AS "programmeEntryOn",
      (SELECT min(e."contactedOn") FROM "EmployerContact" e
        WHERE e."clientId" = c.id AND e.type IN ${inPersonSql} AND NOT e."benefitsLiaison"
          AND e."contactedOn" >= c."programmeEntryOn" AND e."contactedOn" <= ${day}::date)::text AS "firstEmployerContactOn",
      ${lastServiceSql(day)}::text AS "lastServiceOn",
      EXISTS (SELECT 1 FROM "Job" j WHERE j."clientId" = c.id AND j."startOn" <= ${day}::date
        AND (j."endOn" IS NULL OR j."endOn" > ${day}::date)) AS working,
      EXISTS (SELECT 1 FROM "Job" j WHERE j."clientId" = c.id AND (j.retention
        OR (j."startOn" < c."programmeEntryOn" AND (j."endOn" IS NULL OR j."endOn" >= c."programmeEntryOn")))) AS retention
    FROM "Client" c
    WHERE c."specialistId" IN ${idsSql(specialistIds)} AND c.status <> 'referred'
      AND c."programmeEntryOn" <= ${day}::date AND (c."closedOn" IS NULL OR c."closedOn" > ${day}::date)
    ORDER BY c.ref`;
}

/**
 * People with a job on an open case, with the follow-along contact they wait
 * for. The schedule is the one the specialists' reminders use
 * (services/follow-along.ts), so a supervisor sees overdue exactly what a
 * specialist was reminded of: due is what the reminder shows today, overdue
 * what it has shown past its day, and it stays overdue until a face-to-face
 * meeting or the case closes.
 */
export function followAlongCases(people: readonly WorkHistory[], day: LocalDate): FollowAlongCase[] {
  const openOn = (person: WorkHistory) =>
    (person.closedOn === null && person.status !== 'closed') || (person.closedOn !== null && person.closedOn > day);
  return people
    .filter((person) => startedWorkBy(person, day) && openOn(person))
    .map((person) => {
      const [first] = dueFollowAlong(person, day);
      const working = person.jobs.some((j) => j.startOn <= day && (j.endOn === null || j.endOn > day));
      return {
        ref: person.ref,
        specialistId: person.specialistId!,
        dueOn: first?.by,
        state: first === undefined ? 'on-time' : first.by < day ? 'overdue' : 'due',
        reason: working ? 'in work' : 'job ended',
      };
    });
}

/** Entered the programme by `day` and started a job by then: whom follow-along can be about. */
function startedWorkBy(person: WorkHistory, day: LocalDate): boolean {
  return person.programmeEntryOn !== null && person.programmeEntryOn <= day && person.jobs.some((j) => j.startOn <= day);
}

/**
 * Items 22/23 over `from`..`to` per specialist: follow-along checkpoints that
 * fell due while the case was open, and how many were met face to face on
 * time (services/follow-along.ts counts them). `people` may hold others too
 * (the whole unit's caseload, loaded once for every figure): only the
 * specialists' people in follow-along count.
 */
export function followAlongTallies(
  people: readonly WorkHistory[],
  specialistIds: readonly number[],
  from: LocalDate,
  to: LocalDate,
): Map<number, FollowAlongTally> {
  const tallies = new Map(specialistIds.map((id) => [id, { due: 0, onTime: 0 }]));
  for (const person of people) {
    const mine = person.specialistId === null ? undefined : tallies.get(person.specialistId);
    // Open at some point in the period: not closed before it began.
    const open = person.closedOn === null || person.closedOn > from;
    if (!mine || !open || !startedWorkBy(person, to)) continue;
    const t = followAlongTally(person, from, to);
    mine.due += t.due;
    mine.onTime += t.onTime;
  }
  return tallies;
}

export interface MeetingPlaces {
  specialistId: number;
  /** Face-to-face meetings with people with a place logged (`/client met … at …`). */
  withPlace: number;
  /** Of those, out of the office: at work, at home or in the community (item 24). */
  inCommunity: number;
}

/** Where each specialist met people face to face over `from`..`to`: item 24's indicator. */
export async function meetingPlaces(tx: Tx, specialistIds: readonly number[], from: LocalDate, to: LocalDate): Promise<MeetingPlaces[]> {
  return tx.$queryRaw<MeetingPlaces[]>`
    SELECT m."specialistId",
      count(*) FILTER (WHERE m.place IS NOT NULL)::int AS "withPlace",
      count(*) FILTER (WHERE m.place IN ('work', 'home', 'community'))::int AS "inCommunity"
    FROM "ClientContact" m
    WHERE m."specialistId" IN ${idsSql(specialistIds)} AND m.type = 'face_to_face'
      AND m."metOn" BETWEEN ${from}::date AND ${to}::date
    GROUP BY m."specialistId"`;
}
