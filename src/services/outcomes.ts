// Outcome figures as IPS Grow defines them for the quarterly returns: first
// versus later job starts, "supported into work" only with at least 4 hours of
// paid work a week, the employment rate of people who were out of work
// (benchmark 40%), and people in job retention (at most 15% of a caseload).
import { addMonths, format, parseISO } from 'date-fns';
import type { LocalDate } from '../core/local-date.js';
import type { SnapshotJob, SnapshotPerson } from './caseload-snapshot.js';

export const supportedIntoWorkMinHours = 4;
export const employmentRateBenchmark = 0.4;
export const jobRetentionMaxShare = 0.15;

export interface OutcomeFigures {
  from: LocalDate;
  to: LocalDate;
  /** People on the caseload at any time in the period. */
  caseload: number;
  /** In work when they joined: they came for help keeping their job. */
  jobRetention: number;
  outOfWork: number;
  firstJobStarts: number;
  laterJobStarts: number;
  /** Job starts with at least 4 hours of paid work a week. */
  supportedIntoWork: number;
  /** Out-of-work people who started a job of at least 4 hours a week. */
  outOfWorkIntoWork: number;
}

/** Someone whose job began before programme entry and was still going on that day. */
export function inJobRetention(person: SnapshotPerson): boolean {
  const entry = person.programmeEntryOn;
  return entry !== null && person.jobs.some((j) => j.startOn < entry && (!j.endOn || j.endOn >= entry));
}

/** Job starts made with the specialist's support: on or after programme entry. */
export function supportedStarts(person: SnapshotPerson): SnapshotJob[] {
  const entry = person.programmeEntryOn;
  return entry ? person.jobs.filter((j) => j.startOn >= entry) : [];
}

export function isSupportedIntoWork(job: SnapshotJob): boolean {
  return job.hoursPerWeek !== null && job.hoursPerWeek >= supportedIntoWorkMinHours;
}

export function outcomeFigures(people: readonly SnapshotPerson[], from: LocalDate, to: LocalDate): OutcomeFigures {
  const inPeriod = (d: LocalDate) => d >= from && d <= to;
  const onCaseload = people.filter((p) => p.programmeEntryOn && p.programmeEntryOn <= to && (!p.closedOn || p.closedOn >= from));
  const figures: OutcomeFigures = {
    from,
    to,
    caseload: onCaseload.length,
    jobRetention: 0,
    outOfWork: 0,
    firstJobStarts: 0,
    laterJobStarts: 0,
    supportedIntoWork: 0,
    outOfWorkIntoWork: 0,
  };
  for (const person of onCaseload) {
    const retention = inJobRetention(person);
    if (retention) figures.jobRetention++;
    else figures.outOfWork++;
    const starts = supportedStarts(person);
    starts.forEach((job, k) => {
      if (!inPeriod(job.startOn)) return;
      if (k === 0) figures.firstJobStarts++;
      else figures.laterJobStarts++;
      if (isSupportedIntoWork(job)) figures.supportedIntoWork++;
    });
    if (!retention && starts.some((j) => inPeriod(j.startOn) && isSupportedIntoWork(j))) figures.outOfWorkIntoWork++;
  }
  return figures;
}

/** The last 12 months up to `today`: the period /ips me and /client list report on. */
export function rollingYear(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: format(addMonths(parseISO(today), -12), 'yyyy-MM-dd'), to: today };
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

/** The figures as lines for a card. */
export function outcomeLines(f: OutcomeFigures): string[] {
  return [
    `Job starts: ${f.firstJobStarts} first, ${f.laterJobStarts} later; ${f.supportedIntoWork} supported into work (${supportedIntoWorkMinHours}+ hours a week)`,
    `Employment rate of people out of work: ${percent(f.outOfWorkIntoWork, f.outOfWork)} (${f.outOfWorkIntoWork} of ${f.outOfWork}; benchmark ${employmentRateBenchmark * 100}%)`,
    `People in job retention: ${percent(f.jobRetention, f.caseload)} of the caseload (${f.jobRetention} of ${f.caseload}; at most ${jobRetentionMaxShare * 100}%)`,
  ];
}
