// Indicators a fidelity reviewer weighs but the bot does not score.
// Item 18 (quality of employer contact) is judged in words: multiple planned
// in-person visits per employer. Item 6 (liaison with benefits and government
// employment programme staff) asks for weekly contacts and monthly meetings.
import type { Tx } from '../db/tx.js';
import { addLocalDays, type LocalDate } from '../core/local-date.js';
import { idsSql, inPersonSql } from './sql.js';

/** Item 18 is read over the last 3 months: long enough for a second planned visit. */
export const relationshipMonths = 3;

export interface EmployerIndicators {
  /** Employers the unit met in person in the window, and those met in person twice or more. */
  employersMetInPerson: number;
  employersMetTwice: number;
  /** Employer contacts (any type) in the window, and those with a next contact planned. */
  contacts: number;
  contactsWithNextPlanned: number;
  /** Contacts with benefits staff in the last 4 weeks, the weeks that had one, and the in-person ones in the last 4 weeks. */
  liaisonContacts: number;
  liaisonWeeks: number;
  liaisonMeetings: number;
}

export async function employerIndicators(
  tx: Tx,
  specialistIds: readonly number[],
  day: LocalDate,
  windowStart: LocalDate,
): Promise<EmployerIndicators> {
  const fourWeeksStart = addLocalDays(day, -27);
  const [row] = await tx.$queryRaw<EmployerIndicators[]>`
    WITH window_contacts AS (
      SELECT * FROM "EmployerContact" e
      WHERE e."specialistId" IN ${idsSql(specialistIds)} AND e."contactedOn" BETWEEN ${windowStart}::date AND ${day}::date
    ), employer_visits AS (
      SELECT "employerId", count(*) AS visits FROM window_contacts
      WHERE type IN ${inPersonSql} AND NOT "benefitsLiaison" GROUP BY 1
    ), liaison AS (
      SELECT * FROM "EmployerContact" e
      WHERE e."specialistId" IN ${idsSql(specialistIds)} AND e."benefitsLiaison"
        AND e."contactedOn" BETWEEN ${fourWeeksStart}::date AND ${day}::date
    )
    SELECT
      (SELECT count(*)::int FROM employer_visits) AS "employersMetInPerson",
      (SELECT count(*)::int FROM employer_visits WHERE visits >= 2) AS "employersMetTwice",
      (SELECT count(*)::int FROM window_contacts WHERE NOT "benefitsLiaison") AS contacts,
      (SELECT count(*)::int FROM window_contacts WHERE NOT "benefitsLiaison" AND "nextContactOn" IS NOT NULL) AS "contactsWithNextPlanned",
      (SELECT count(*)::int FROM liaison) AS "liaisonContacts",
      (SELECT count(DISTINCT (${day}::date - "contactedOn") / 7)::int FROM liaison) AS "liaisonWeeks",
      (SELECT count(*)::int FROM liaison WHERE type IN ${inPersonSql}) AS "liaisonMeetings"`;
  return row!;
}
