// The unit's estimated fidelity scores for the items the bot's log covers.
// Item 17 is rated per specialist and averaged, as the scale says; the others
// are rated for the unit as a whole. Items 6 and 18 are shown as indicators
// with no score: the scale describes them in words for a reviewer to judge.
import type { Tx } from '../db/tx.js';
import type { LocalDate } from '../core/local-date.js';
import { competitiveRule } from '../services/job-kinds.js';
import { caseloadSizeBand, competitiveJobsBand, diversityBand, followAlongBand, rapidJobSearchBand, type Band } from './fidelity-bands.js';
import { contactRate, type ContactWeekCount } from './employer-contact-rate.js';
import { relationshipMonths, type EmployerIndicators } from './employer-indicators.js';
import { mean, monthsBefore, percent, sum } from './numbers.js';
import { idsSql } from './sql.js';

/** What the summary knows about one specialist's weeks. */
export interface SpecialistFigures {
  active: number;
  fte: number;
  /** Face-to-face employer contacts and people looking for work in each of the last 4 weeks, oldest first. */
  lastFourWeeks: ContactWeekCount[];
  /** Days from programme entry to the first employer contact, per person counted. */
  daysToFirstContact: number[];
  /** Follow-along checkpoints due in the last 3 months, and those met face to face on time. */
  followAlongDue: number;
  followAlongOnTime: number;
  /** Face-to-face meetings with people in 4 weeks with a place logged, and those out of the office (item 24). */
  meetingsWithPlace4Weeks: number;
  meetingsInCommunity4Weeks: number;
}

export interface FidelityScore {
  item: string;
  measure: string;
  /** Absent when the data holds nothing to rate yet, and for indicators. */
  band?: Band;
  /** Shown for a reviewer to judge: never scored. */
  indicator?: true;
}

/** The row as the summary shows it: "4/5: …", "indicator: …" or "n/a: …". */
export function scoreRow(score: FidelityScore): { label: string; value: string } {
  return { label: score.item, value: `${score.band ? `${score.band}/5` : score.indicator ? 'indicator' : 'n/a'}: ${score.measure}` };
}

export interface UnitJobs {
  startsLast12Months: number;
  jobTypes: number;
  employers: number;
  current: number;
  competitive: number;
}

/** Job starts (retention cases left out: they are not starts) and current jobs of the unit's caseloads. */
export async function unitJobs(tx: Tx, specialistIds: readonly number[], day: LocalDate): Promise<UnitJobs> {
  const yearAgo = monthsBefore(day, 12);
  const [row] = await tx.$queryRaw<UnitJobs[]>`
    SELECT
      (count(*) FILTER (WHERE j."startOn" > ${yearAgo}::date))::int AS "startsLast12Months",
      (count(DISTINCT j."jobType") FILTER (WHERE j."startOn" > ${yearAgo}::date))::int AS "jobTypes",
      (count(DISTINCT j."employerId") FILTER (WHERE j."startOn" > ${yearAgo}::date))::int AS "employers",
      (count(*) FILTER (WHERE j."endOn" IS NULL OR j."endOn" > ${day}::date))::int AS "current",
      (count(*) FILTER (WHERE (j."endOn" IS NULL OR j."endOn" > ${day}::date)
        AND j.kind <> 'set_aside' AND j."minimumWage" IS DISTINCT FROM false))::int AS "competitive"
    FROM "Job" j
    WHERE j."specialistId" IN ${idsSql(specialistIds)} AND j."startOn" <= ${day}::date AND NOT j.retention`;
  return row!;
}

/** The closest scale point to an average of per-specialist points. */
const closestBand = (bands: readonly Band[]) => Math.round(mean(bands)) as Band;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function employerContacts(specialists: readonly SpecialistFigures[]): FidelityScore {
  const item = '17 Employer contacts';
  const rates = specialists.map((s) => contactRate(s.lastFourWeeks));
  const rated = rates.filter((r) => r.band !== undefined);
  const notApplicable = sum(rates.map((r) => r.notApplicable));
  const skipped = notApplicable ? `; ${plural(notApplicable, 'specialist-week')} with nobody looking for work not rated` : '';
  if (rated.length === 0) return { item, measure: `nobody looking for work in the last 4 weeks: not applicable${skipped}` };
  const perWeek = mean(specialists.map((s) => mean(s.lastFourWeeks.map((w) => w.contacts))));
  const onScale = mean(rated.map((r) => r.average!));
  return {
    item,
    measure:
      `${perWeek.toFixed(1)} face-to-face per specialist per week over 4 weeks; ${onScale.toFixed(1)} a week against the target ` +
      `(6, or 2 × people looking for work when fewer than 3), weeks averaged, closest point${skipped}`,
    band: closestBand(rated.map((r) => r.band!)),
  };
}

export function fidelityScores(specialists: readonly SpecialistFigures[], jobs: UnitJobs, indicators: EmployerIndicators): FidelityScore[] {
  const scores: FidelityScore[] = [];
  const fte = sum(specialists.map((s) => s.fte));
  if (fte > 0) {
    const perFullTime = sum(specialists.map((s) => s.active)) / fte;
    scores.push({
      item: '1 Caseload size',
      measure: `${perFullTime.toFixed(1)} active per full-time specialist (≤ 20)`,
      band: caseloadSizeBand(perFullTime),
    });
  } else {
    scores.push({ item: '1 Caseload size', measure: 'no specialists on the roster' });
  }

  scores.push({
    item: '6 Benefits and programme liaison (indicator)',
    measure:
      `${plural(indicators.liaisonContacts, 'contact')} with benefits or employment programme staff in 4 weeks, ` +
      `in ${indicators.liaisonWeeks} of 4 weeks, ${indicators.liaisonMeetings} in person (the scale asks for weekly contacts and monthly meetings)`,
    indicator: true,
  });

  const days = specialists.flatMap((s) => s.daysToFirstContact);
  scores.push(
    days.length
      ? {
          item: '15 Rapid job search',
          measure: `${Math.round(mean(days))} days on average to the first employer contact (≤ 30)`,
          band: rapidJobSearchBand(mean(days)),
        }
      : { item: '15 Rapid job search', measure: 'no one past programme entry in the last 12 months' },
  );

  if (specialists.length) scores.push(employerContacts(specialists));

  const met = indicators.employersMetInPerson;
  const contacts = indicators.contacts;
  scores.push({
    item: '18 Quality of employer contact (indicators, for the reviewer to judge)',
    measure:
      `${met ? `${percent(indicators.employersMetTwice, met)}% of ${plural(met, 'employer')} met in person were met 2+ times` : 'no employers met in person'}; ` +
      `${contacts ? `${percent(indicators.contactsWithNextPlanned, contacts)}% of ${plural(contacts, 'employer contact')} had a next contact planned` : 'no employer contacts'} ` +
      `(last ${relationshipMonths} months; no score)`,
    indicator: true,
  });

  if (jobs.startsLast12Months) {
    const types = percent(jobs.jobTypes, jobs.startsLast12Months);
    const employers = percent(jobs.employers, jobs.startsLast12Months);
    scores.push({
      item: '19 Diversity of job types',
      measure: `${types}% different types (SOC 2020 minor groups) over ${plural(jobs.startsLast12Months, 'start')} in 12 months (≥ 85%)`,
      band: diversityBand(types),
    });
    scores.push({
      item: '20 Diversity of employers',
      measure: `${employers}% different employers over ${plural(jobs.startsLast12Months, 'start')} in 12 months (≥ 85%)`,
      band: diversityBand(employers),
    });
  } else {
    scores.push({ item: '19/20 Diversity', measure: 'no job starts in the last 12 months' });
  }

  const competitive = jobs.current ? percent(jobs.competitive, jobs.current) : 0;
  scores.push({
    item: '21 Competitive jobs',
    measure: `${jobs.current ? `${competitive}% of ${plural(jobs.current, 'current job')} competitive` : 'no current jobs'} (${competitiveRule}; ≥ 95%; fewer than 10 current jobs scores 1)`,
    band: competitiveJobsBand(competitive, jobs.current),
  });

  const due = sum(specialists.map((s) => s.followAlongDue));
  const onTime = sum(specialists.map((s) => s.followAlongOnTime));
  scores.push(
    due
      ? {
          item: '22/23 Follow-along (estimate)',
          measure: `${percent(onTime, due)}% of ${due} follow-along contacts due in 3 months met face to face on time (client meetings only)`,
          band: followAlongBand(percent(onTime, due)),
        }
      : { item: '22/23 Follow-along (estimate)', measure: 'no follow-along contact fell due in 3 months' },
  );

  // Item 24 rates scheduled hours in the community, which the bot does not log: an indicator, with no score.
  const withPlace = sum(specialists.map((s) => s.meetingsWithPlace4Weeks));
  const inCommunity = sum(specialists.map((s) => s.meetingsInCommunity4Weeks));
  scores.push({
    item: '24 Community-based (indicator)',
    measure: withPlace
      ? `${percent(inCommunity, withPlace)}% of ${withPlace} face-to-face meetings with people in 4 weeks were out of the office (at work, at home or in the community); the scale rates hours (≥ 65%): the reviewer scores it`
      : 'no meetings with a place logged in 4 weeks (/client met <ref> f2f at work|home|community|office)',
    indicator: true,
  });
  return scores;
}
