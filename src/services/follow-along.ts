// Follow-along support (fidelity items 22 and 23), computed from the job
// dates: face to face within 1 week before a start (when it was logged early
// enough to allow it), within 3 days after, weekly for the first month, then
// monthly for a year; and within 3 days of a job end. A contact logged with the
// person while a checkpoint's window is open clears it (see clearedBy).
import { addMonths, format, parseISO } from 'date-fns';
import { addLocalDays, type LocalDate } from '../core/local-date.js';
import { contactDatesOf, type SnapshotJob, type SnapshotPerson } from './caseload-snapshot.js';

export type CheckpointKind = 'before-start' | 'after-start' | 'weekly' | 'monthly' | 'after-end';

export interface Checkpoint {
  jobId: number;
  kind: CheckpointKind;
  /** The window opens: contacts from this day on clear it. */
  from: LocalDate;
  /** Due by the end of this day. */
  by: LocalDate;
  /** First and last day it is shown while not cleared. */
  showFrom: LocalDate;
  showUntil: LocalDate;
}

/** Shown this many days before it is due, so that it can be planned. */
const leadDays = 2;
/** The last checkpoint of a chain is shown this long after it was due. */
const overdueDays = 14;

const maxDate = (a: LocalDate, b: LocalDate) => (a > b ? a : b);
const plusMonths = (date: LocalDate, n: number): LocalDate => format(addMonths(parseISO(date), n), 'yyyy-MM-dd');

export function checkpointsOf(job: SnapshotJob): Checkpoint[] {
  // A job held at entry is followed from the day it was logged, not from a start long before the person joined.
  const s = job.retention ? maxDate(job.startOn, job.loggedOn) : job.startOn;
  const windows: { kind: CheckpointKind; from: LocalDate; by: LocalDate }[] = [];
  if (job.loggedOn < s) windows.push({ kind: 'before-start', from: maxDate(job.loggedOn, addLocalDays(s, -7)), by: addLocalDays(s, -1) });
  windows.push({ kind: 'after-start', from: s, by: addLocalDays(s, 3) });
  for (let week = 1; week <= 4; week++) {
    windows.push({ kind: 'weekly', from: addLocalDays(windows.at(-1)!.by, 1), by: addLocalDays(s, 7 * week) });
  }
  for (let month = 2; month <= 12; month++) {
    windows.push({ kind: 'monthly', from: addLocalDays(windows.at(-1)!.by, 1), by: plusMonths(s, month) });
  }
  const kept = job.endOn ? windows.filter((w) => w.by < job.endOn!) : windows;
  if (job.endOn) kept.push({ kind: 'after-end', from: job.endOn, by: addLocalDays(job.endOn, 3) });
  const shown = kept.map((w) => ({
    ...w,
    jobId: job.id,
    // A start or an end is news: say so at once; a routine visit a little ahead.
    showFrom: w.kind === 'after-start' || w.kind === 'after-end' ? w.from : maxDate(w.from, addLocalDays(w.by, -leadDays)),
  }));
  return shown.map((c, k) => {
    const next = shown[k + 1];
    // A missed checkpoint gives way to the next one rather than piling up.
    return { ...c, showUntil: next ? addLocalDays(next.showFrom, -1) : addLocalDays(c.by, overdueDays) };
  });
}

export interface DueCheckpoint extends Checkpoint {
  job: SnapshotJob;
}

/**
 * Which checkpoints the contacts cleared. Each contact clears one: the
 * earliest still-open checkpoint it can count for (its window open, not yet
 * given way to the next). So a late visit clears the missed month, and the
 * next month still needs its own.
 */
function clearedBy(checkpoints: readonly Checkpoint[], contacts: readonly LocalDate[]): Set<Checkpoint> {
  const cleared = new Set<Checkpoint>();
  for (const on of contacts) {
    const c = checkpoints.find((k) => !cleared.has(k) && k.from <= on && on <= k.showUntil);
    if (c) cleared.add(c);
  }
  return cleared;
}

/** The person's follow-along checkpoints shown on `today` and not yet cleared. */
export function dueFollowAlong(person: SnapshotPerson, today: LocalDate): DueCheckpoint[] {
  const contacts = contactDatesOf(person).filter((d) => d <= today);
  const due: DueCheckpoint[] = [];
  for (const job of person.jobs) {
    const checkpoints = checkpointsOf(job);
    const cleared = clearedBy(checkpoints, contacts);
    for (const c of checkpoints) {
      if (today >= c.showFrom && today <= c.showUntil && !cleared.has(c)) due.push({ ...c, job });
    }
  }
  return due;
}
