// People looking for work, per specialist, on given days: on the active
// caseload that day (met, not closed) and holding no job that day. Derived from
// the dates alone, so a past week is counted as it was (fidelity item 17's
// target depends on it: 2 contacts per person looking when fewer than 3 are).
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../db/tx.js';
import type { LocalDate } from '../core/local-date.js';
import { idsSql } from './sql.js';

export interface LookingOn {
  specialistId: number;
  day: LocalDate;
  looking: number;
}

export async function lookingForWork(tx: Tx, specialistIds: readonly number[], days: readonly LocalDate[]): Promise<LookingOn[]> {
  if (days.length === 0) return [];
  const values = Prisma.join(days.map((d) => Prisma.sql`(${d}::date)`));
  return tx.$queryRaw<LookingOn[]>`
    SELECT c."specialistId", w.day::text AS day, count(*)::int AS looking
    FROM (VALUES ${values}) AS w(day)
    JOIN "Client" c ON c."specialistId" IN ${idsSql(specialistIds)} AND c.status <> 'referred'
      AND c."programmeEntryOn" <= w.day AND (c."closedOn" IS NULL OR c."closedOn" > w.day)
    WHERE NOT EXISTS (SELECT 1 FROM "Job" j WHERE j."clientId" = c.id AND j."startOn" <= w.day
      AND (j."endOn" IS NULL OR j."endOn" >= w.day))
    GROUP BY 1, 2`;
}

/** The count for one specialist and day, 0 when no row (nobody looking). */
export function lookingOn(rows: readonly LookingOn[], specialistId: number, day: LocalDate): number {
  return rows.find((r) => r.specialistId === specialistId && r.day === day)?.looking ?? 0;
}
