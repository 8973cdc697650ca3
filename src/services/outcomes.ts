// Outcome figures as IPS Grow defines them for the quarterly returns. Each
// figure carries its definition, and /ips me, the supervisor's summary and the
// export show the two side by side, so a reviewer can check the count.
//
// - A job held at programme entry is job retention: never a job start.
// - Supported into work: people whose first job start falls in the period and
//   who have done at least 4 hours of paid work in it (hours a week × weeks
//   since the start, or the specialist's record of the first 4 hours worked).
//   Later starts are job starts, never again "supported into work".
// - Employment rate: of the people out of work at entry, the share who moved
//   into work (a start in the period with 4 hours done).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { addLocalMonths, type LocalDate } from '../core/local-date.js';
import type { SnapshotJob, WorkHistory } from './caseload-snapshot.js';

export const supportedIntoWorkMinHours = 4;
export const employmentRateBenchmark = 0.4;
export const jobRetentionMaxShare = 0.15;
const daysPerWeek = 7;

export interface OutcomeFigures {
  from: LocalDate;
  to: LocalDate;
  /** People on the caseload at any time in the period. */
  caseload: number;
  /** In work at entry: they came for help keeping their job. */
  jobRetention: number;
  outOfWork: number;
  /** Every job start in the period (retention jobs are not starts). */
  jobStarts: number;
  firstJobStarts: number;
  laterJobStarts: number;
  supportedIntoWork: number;
  /** Out of work at entry, and a start in the period with 4 hours of paid work done. */
  outOfWorkIntoWork: number;
  /** Starts in the period logged without hours and with no record of the first 4 hours. */
  hoursMissing: number;
}

/** A job started before entry and still going then, or logged as held at entry. */
function heldAtEntry(job: SnapshotJob, entry: LocalDate): boolean {
  return job.retention || (job.startOn < entry && (job.endOn === null || job.endOn >= entry));
}

/** In work at programme entry: a retention case. A job that ended before entry does not count. */
export function inJobRetention(person: WorkHistory): boolean {
  const entry = person.programmeEntryOn;
  return entry !== null && person.jobs.some((j) => heldAtEntry(j, entry));
}

/** Job starts made with the specialist's support: on or after programme entry, retention jobs left out. Oldest first. */
export function supportedStarts(person: WorkHistory): SnapshotJob[] {
  const entry = person.programmeEntryOn;
  return entry ? person.jobs.filter((j) => !heldAtEntry(j, entry) && j.startOn >= entry) : [];
}

/**
 * At least 4 hours of paid work done by the end of `asOf`: recorded by the
 * specialist, or the start date has passed and hours a week × whole days
 * worked / 7 reaches 4 (a job that ended stops counting on its last day).
 */
export function fourHoursDone(job: SnapshotJob, asOf: LocalDate): boolean {
  if (job.firstHoursOn !== null && job.firstHoursOn <= asOf) return true;
  if (job.hoursPerWeek === null) return false;
  const until = job.endOn !== null && job.endOn < asOf ? job.endOn : asOf;
  const days = differenceInCalendarDays(parseISO(until), parseISO(job.startOn));
  // Compared in hour-days, so exactly 4 hours (4h a week for a week) is not lost to rounding.
  return days > 0 && job.hoursPerWeek * days >= supportedIntoWorkMinHours * daysPerWeek - 1e-9;
}

/** A start the figures cannot judge: no hours and no record of the first 4 hours. */
export const hoursMissing = (job: SnapshotJob) => job.hoursPerWeek === null && job.firstHoursOn === null;

export function outcomeFigures(people: readonly WorkHistory[], from: LocalDate, to: LocalDate): OutcomeFigures {
  const inPeriod = (d: LocalDate) => d >= from && d <= to;
  const onCaseload = people.filter((p) => p.programmeEntryOn && p.programmeEntryOn <= to && (!p.closedOn || p.closedOn >= from));
  const figures: OutcomeFigures = {
    from,
    to,
    caseload: onCaseload.length,
    jobRetention: 0,
    outOfWork: 0,
    jobStarts: 0,
    firstJobStarts: 0,
    laterJobStarts: 0,
    supportedIntoWork: 0,
    outOfWorkIntoWork: 0,
    hoursMissing: 0,
  };
  for (const person of onCaseload) {
    const retention = inJobRetention(person);
    if (retention) figures.jobRetention++;
    else figures.outOfWork++;
    const starts = supportedStarts(person);
    const inThePeriod = starts.filter((j) => inPeriod(j.startOn));
    figures.jobStarts += inThePeriod.length;
    figures.hoursMissing += inThePeriod.filter(hoursMissing).length;
    const first = starts[0];
    if (first && inPeriod(first.startOn)) {
      figures.firstJobStarts++;
      if (fourHoursDone(first, to)) figures.supportedIntoWork++;
    }
    figures.laterJobStarts += inThePeriod.filter((j) => j !== first).length;
    if (!retention && inThePeriod.some((j) => fourHoursDone(j, to))) figures.outOfWorkIntoWork++;
  }
  return figures;
}

/** The last 12 months up to `today`: the period /ips me, /client list and the summary report on. */
export function rollingYear(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addLocalMonths(today, -12), to: today };
}

const share = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

export interface OutcomeFigure {
  figure: string;
  value: string;
  definition: string;
}

/** Each figure with its IPS Grow definition, in the order the returns list them. */
export function outcomeTable(f: OutcomeFigures): OutcomeFigure[] {
  return [
    {
      figure: 'Job starts',
      value: `${f.jobStarts} (${f.firstJobStarts} first, ${f.laterJobStarts} later)`,
      definition: 'every job started in the period, second and later jobs included; a job held at entry is not a start',
    },
    {
      figure: 'Supported into work',
      value: String(f.supportedIntoWork),
      definition: `people whose first job start is in the period with ${supportedIntoWorkMinHours}+ hours of paid work done (hours a week × weeks since the start, or the first ${supportedIntoWorkMinHours} hours recorded)`,
    },
    {
      figure: 'Employment rate',
      value: `${share(f.outOfWorkIntoWork, f.outOfWork)} (${f.outOfWorkIntoWork} of ${f.outOfWork})`,
      definition: `people out of work at entry who started work in the period with ${supportedIntoWorkMinHours}+ hours done, of all on the caseload out of work at entry (benchmark ${employmentRateBenchmark * 100}%)`,
    },
    {
      figure: 'Job retention',
      value: `${share(f.jobRetention, f.caseload)} (${f.jobRetention} of ${f.caseload})`,
      definition: `people in work at entry, of everyone on the caseload in the period (IPS Grow: at most ${jobRetentionMaxShare * 100}%)`,
    },
    {
      figure: 'Hours missing',
      value: String(f.hoursMissing),
      definition: `job starts in the period logged without hours: kept as starts, not counted into work until the hours or the first ${supportedIntoWorkMinHours} hours are recorded`,
    },
  ];
}

/** The figures as lines for a card, each with its definition. */
export function outcomeLines(f: OutcomeFigures): string[] {
  return outcomeTable(f).map((o) => `${o.figure}: ${o.value}. ${o.definition[0]!.toUpperCase()}${o.definition.slice(1)}.`);
}
