// Per-person facts of a unit's active caseload on a given day, and the
// follow-along state of its working people: one aggregate query each. The rows
// are the unit's current caseload (tens to hundreds of people); the history
// behind them is only ever reached through (client, date) indexes.
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../db/tx.js';
import { addLocalDays, toDbDate, type LocalDate } from '../core/local-date.js';
import { loadCaseload } from '../services/caseload-snapshot.js';
import { dueFollowAlong } from '../services/follow-along.js';
import { monthsBefore } from './numbers.js';
import { idsSql, inPersonSql } from './sql.js';

export interface CaseloadPerson {
  ref: string;
  specialistId: number;
  programmeEntryOn: LocalDate;
  /** First in-person employer contact about them since programme entry. */
  firstEmployerContactOn: LocalDate | null;
  /** Latest employer contact about them or outreach attempt. */
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

/** The service given to a person up to `day`: employer contacts about them and outreach. */
function lastServiceSql(day: LocalDate) {
  return Prisma.sql`GREATEST(
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
 * Working people and recent job ends, with the follow-along contact they wait
 * for. The schedule is the one the specialists' reminders use
 * (services/follow-along.ts), so a supervisor sees overdue exactly what a
 * specialist was reminded of: due is what the reminder shows today, overdue
 * what it has shown past its day.
 */
export async function followAlongOn(
  tx: Tx,
  specialistIds: readonly number[],
  day: LocalDate,
  timeZone: string,
): Promise<FollowAlongCase[]> {
  const firstStart = monthsBefore(day, 13);
  const people = await loadCaseload(
    tx,
    {
      specialistId: { in: [...specialistIds] },
      jobs: {
        some: {
          startOn: { lte: toDbDate(day), gte: toDbDate(firstStart) },
          OR: [{ endOn: null }, { endOn: { gt: toDbDate(addLocalDays(day, -14)) } }],
        },
      },
    },
    timeZone,
    // Only contacts from a week before the oldest of these jobs can clear a checkpoint.
    addLocalDays(firstStart, -7),
  );
  return people.map((person) => {
    const [first] = dueFollowAlong(person, day).sort((a, b) => (a.by < b.by ? -1 : 1));
    const ended = person.jobs.every((j) => j.endOn !== null && j.endOn <= day);
    return {
      ref: person.ref,
      specialistId: person.specialistId!,
      dueOn: first?.by,
      state: first === undefined ? 'on-time' : first.by < day ? 'overdue' : 'due',
      reason: ended ? 'job ended' : 'in work',
    };
  });
}
