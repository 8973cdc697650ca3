// The unit's estimated fidelity scores for the items the bot's log covers.
// Items 17 and 18 are rated per specialist and averaged, as the scale says;
// the others are rated for the unit as a whole.
import type { Tx } from '../db/tx.js';
import type { LocalDate } from '../core/local-date.js';
import {
  caseloadSizeBand,
  competitiveJobsBand,
  diversityBand,
  employerContactBand,
  employerContactQualityBand,
  followAlongBand,
  rapidJobSearchBand,
  type Band,
} from './fidelity-bands.js';
import { mean, monthsBefore, percent, sum } from './numbers.js';
import { idsSql } from './sql.js';

/** What the summary knows about one specialist's week. */
export interface SpecialistFigures {
  active: number;
  fte: number;
  lookingForWork: number;
  /** In-person employer contacts in each of the last 4 weeks, oldest first. */
  lastFourWeeks: number[];
  repeatVisits4Weeks: number;
  inPerson4Weeks: number;
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
  /** Absent when the data holds nothing to rate yet. */
  band?: Band;
}

export interface UnitJobs {
  startsLast12Months: number;
  jobTypes: number;
  employers: number;
  current: number;
  competitivePermanent: number;
}

export async function unitJobs(tx: Tx, specialistIds: readonly number[], day: LocalDate): Promise<UnitJobs> {
  const yearAgo = monthsBefore(day, 12);
  const [row] = await tx.$queryRaw<UnitJobs[]>`
    SELECT
      (count(*) FILTER (WHERE j."startOn" > ${yearAgo}::date))::int AS "startsLast12Months",
      (count(DISTINCT j."jobType") FILTER (WHERE j."startOn" > ${yearAgo}::date))::int AS "jobTypes",
      (count(DISTINCT j."employerId") FILTER (WHERE j."startOn" > ${yearAgo}::date))::int AS "employers",
      (count(*) FILTER (WHERE j."endOn" IS NULL OR j."endOn" > ${day}::date))::int AS "current",
      (count(*) FILTER (WHERE (j."endOn" IS NULL OR j."endOn" > ${day}::date) AND j.competitive AND j.permanent))::int AS "competitivePermanent"
    FROM "Job" j
    WHERE j."specialistId" IN ${idsSql(specialistIds)} AND j."startOn" <= ${day}::date`;
  return row!;
}

/** The closest scale point to an average of per-specialist points. */
const closestBand = (bands: readonly Band[]) => Math.round(mean(bands)) as Band;

export function fidelityScores(specialists: readonly SpecialistFigures[], jobs: UnitJobs): FidelityScore[] {
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

  if (specialists.length) {
    const weekly = specialists.map((s) => mean(s.lastFourWeeks));
    const bands = specialists.map((s, i) => employerContactBand(weekly[i]!, s.lookingForWork));
    scores.push({
      item: '17 Employer contacts',
      measure: `${mean(weekly).toFixed(1)} face-to-face per specialist per week over 4 weeks (≥ 6)`,
      band: closestBand(bands),
    });
    const inPerson = sum(specialists.map((s) => s.inPerson4Weeks));
    const repeat = sum(specialists.map((s) => s.repeatVisits4Weeks));
    scores.push({
      item: '18 Quality of employer contact (estimate)',
      measure: inPerson
        ? `${percent(repeat, inPerson)}% of in-person contacts are repeat visits (4 weeks)`
        : 'no in-person contacts in 4 weeks',
      band: closestBand(specialists.map((s) => employerContactQualityBand(s.repeatVisits4Weeks, s.inPerson4Weeks))),
    });
  }

  if (jobs.startsLast12Months) {
    const types = percent(jobs.jobTypes, jobs.startsLast12Months);
    const employers = percent(jobs.employers, jobs.startsLast12Months);
    scores.push({
      item: '19 Diversity of job types',
      measure: `${types}% different types over ${jobs.startsLast12Months} starts in 12 months (≥ 85%)`,
      band: diversityBand(types),
    });
    scores.push({
      item: '20 Diversity of employers',
      measure: `${employers}% different employers over ${jobs.startsLast12Months} starts in 12 months (≥ 85%)`,
      band: diversityBand(employers),
    });
  } else {
    scores.push({ item: '19/20 Diversity', measure: 'no job starts in the last 12 months' });
  }

  const competitive = jobs.current ? percent(jobs.competitivePermanent, jobs.current) : 0;
  scores.push({
    item: '21 Competitive jobs',
    measure: `${jobs.current ? `${competitive}% of ${jobs.current} current jobs competitive and permanent` : 'no current jobs'} (≥ 95%; fewer than 10 current jobs scores 1)`,
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
  });
  return scores;
}
