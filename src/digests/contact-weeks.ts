// In-person employer contacts per specialist per week, counted by the database
// over the (specialist, date) index: item 17's weekly rate, its trend and the
// chart, and item 18's repeat visits, from one grouped query.
import type { Tx } from '../db/tx.js';
import { addLocalDays } from '../core/local-date.js';
import type { DigestPeriod } from './digest-period.js';
import { idsSql, inPersonSql } from './sql.js';

export interface ContactWeek {
  specialistId: number;
  /** 0 = the digest's week, 1 = the week before, … */
  weeksAgo: number;
  inPerson: number;
  /** Cup of tea 2+: this specialist had met this employer in person before. */
  repeatVisits: number;
}

export async function contactWeeks(tx: Tx, specialistIds: readonly number[], period: DigestPeriod, weeks: number): Promise<ContactWeek[]> {
  return tx.$queryRaw<ContactWeek[]>`
    SELECT e."specialistId", ((${period.end}::date - e."contactedOn") / 7)::int AS "weeksAgo",
      count(*)::int AS "inPerson", (count(*) FILTER (WHERE e."cupOfTea" >= 2))::int AS "repeatVisits"
    FROM "EmployerContact" e
    WHERE e."specialistId" IN ${idsSql(specialistIds)} AND e.type IN ${inPersonSql} AND NOT e."benefitsLiaison"
      AND e."contactedOn" BETWEEN ${addLocalDays(period.end, -7 * weeks + 1)}::date AND ${period.end}::date
    GROUP BY 1, 2`;
}

/** Counts for one specialist, oldest week first, zero where nothing was logged. */
export function weeklySeries(rows: readonly ContactWeek[], specialistId: number, weeks: number): ContactWeek[] {
  return Array.from({ length: weeks }, (_, i) => {
    const weeksAgo = weeks - 1 - i;
    return (
      rows.find((r) => r.specialistId === specialistId && r.weeksAgo === weeksAgo) ?? {
        specialistId,
        weeksAgo,
        inPerson: 0,
        repeatVisits: 0,
      }
    );
  });
}
