// Per-person facts of a unit's active caseload on a given day, and the
// follow-along state of its working people: one aggregate query each. The rows
// are the unit's current caseload (tens to hundreds of people); the history
// behind them is only ever reached through (client, date) indexes.
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../db/tx.js';
import { addLocalDays, type LocalDate } from '../core/local-date.js';
import { jobLossContactDue, nextFollowAlongDue } from './follow-along.js';
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
}

export interface FollowAlongCase {
  ref: string;
  specialistId: number;
  /** Undefined when nothing is due (a year of follow-along done). */
  dueOn: LocalDate | undefined;
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
        WHERE e."clientId" = c.id AND e.type IN ${inPersonSql}
          AND e."contactedOn" >= c."programmeEntryOn" AND e."contactedOn" <= ${day}::date)::text AS "firstEmployerContactOn",
      ${lastServiceSql(day)}::text AS "lastServiceOn",
      EXISTS (SELECT 1 FROM "Job" j WHERE j."clientId" = c.id AND j."startOn" <= ${day}::date
        AND (j."endOn" IS NULL OR j."endOn" > ${day}::date)) AS working
    FROM "Client" c
    WHERE c."specialistId" IN ${idsSql(specialistIds)} AND c.status <> 'referred'
      AND c."programmeEntryOn" <= ${day}::date AND (c."closedOn" IS NULL OR c."closedOn" > ${day}::date)
    ORDER BY c.ref`;
}

/** Jobs of the last year and recent job ends, with when the next follow-along contact is due. */
export async function followAlongOn(tx: Tx, specialistIds: readonly number[], day: LocalDate): Promise<FollowAlongCase[]> {
  const yearAgo = monthsBefore(day, 13);
  const rows = await tx.$queryRaw<{ ref: string; specialistId: number; startOn: LocalDate; endOn: LocalDate | null; lastServiceOn: LocalDate | null }[]>`
    SELECT c.ref, j."specialistId", j."startOn"::text AS "startOn", j."endOn"::text AS "endOn",
      ${lastServiceSql(day)}::text AS "lastServiceOn"
    FROM "Job" j JOIN "Client" c ON c.id = j."clientId"
    WHERE j."specialistId" IN ${idsSql(specialistIds)}
      AND j."startOn" <= ${day}::date AND j."startOn" >= ${yearAgo}::date
      AND (j."endOn" IS NULL OR j."endOn" > ${addLocalDays(day, -14)}::date)
    ORDER BY j."startOn", c.ref`;
  return rows.map((r) =>
    r.endOn !== null && r.endOn <= day
      ? { ref: r.ref, specialistId: r.specialistId, dueOn: jobLossContactDue(r.endOn, r.lastServiceOn), reason: 'job ended' as const }
      : { ref: r.ref, specialistId: r.specialistId, dueOn: nextFollowAlongDue(r.startOn, r.lastServiceOn), reason: 'in work' as const },
  );
}
