// Follow-along support (fidelity items 22 and 23), computed from the job
// dates: face to face within 1 week before a start (when it was logged early
// enough to allow it), within 3 days after, weekly for the first month, then
// monthly for a year; and within 3 days of learning of a job end. Only a
// face-to-face meeting with the person (`/client met <ref> f2f`) clears a
// checkpoint: an employer contact, a phone call or an outreach attempt does
// not. A missed checkpoint stays due until such a meeting or until the case
// closes (a step-down after steady work closes it): it never gives way to the
// next one, so what a reviewer would call missed stays in front of the team.
import { addLocalDays, addLocalMonths, type LocalDate } from '../core/local-date.js';
import { faceToFaceDatesOf, type SnapshotJob, type WorkHistory } from './caseload-snapshot.js';

export type CheckpointKind = 'before-start' | 'after-start' | 'weekly' | 'monthly' | 'after-end';

export interface Checkpoint {
  jobId: number;
  kind: CheckpointKind;
  /** The window opens: a face-to-face meeting from this day on clears it. */
  from: LocalDate;
  /** Due by the end of this day: a meeting from `from` to here was on time. */
  by: LocalDate;
  /** The first day it is shown while not cleared. */
  showFrom: LocalDate;
}

/** Shown this many days before it is due, so that it can be planned. */
const leadDays = 2;

const maxDate = (a: LocalDate, b: LocalDate) => (a > b ? a : b);

/**
 * The checkpoints of one job for a person who joined on `entry`. A job that
 * ended before programme entry is history, with none; checkpoints due before
 * entry (a job already held at entry) are not asked for.
 */
function checkpointsOf(job: SnapshotJob, entry: LocalDate | null): Checkpoint[] {
  if (entry && job.endOn && job.endOn < entry) return [];
  const s = job.startOn;
  const windows: { kind: CheckpointKind; from: LocalDate; by: LocalDate }[] = [];
  if (job.loggedOn < s) windows.push({ kind: 'before-start', from: maxDate(job.loggedOn, addLocalDays(s, -7)), by: addLocalDays(s, -1) });
  windows.push({ kind: 'after-start', from: s, by: addLocalDays(s, 3) });
  for (let week = 1; week <= 4; week++) {
    windows.push({ kind: 'weekly', from: addLocalDays(windows.at(-1)!.by, 1), by: addLocalDays(s, 7 * week) });
  }
  for (let month = 2; month <= 12; month++) {
    windows.push({ kind: 'monthly', from: addLocalDays(windows.at(-1)!.by, 1), by: addLocalMonths(s, month) });
  }
  const kept = job.endOn ? windows.filter((w) => w.by < job.endOn!) : windows;
  if (job.endOn) {
    // A loss learned late is still a loss: the 3 days run from the day the bot was told.
    const learned = maxDate(job.endOn, job.endLearnedOn ?? job.endOn);
    kept.push({ kind: 'after-end', from: job.endOn, by: addLocalDays(learned, 3) });
  }
  return kept
    .filter((w) => !entry || w.by >= entry)
    .map((w) => ({
      ...w,
      jobId: job.id,
      // A start or an end is news: say so at once; a routine visit a little ahead.
      showFrom: w.kind === 'after-start' || w.kind === 'after-end' ? w.from : maxDate(w.from, addLocalDays(w.by, -leadDays)),
    }));
}

/**
 * A job's checkpoints, worked out once per read of its history: the weekly
 * summary asks for them twice per job (what is due, the items 22/23 tally),
 * and dates are most of a summary's own time.
 */
const checkpointsRead = new WeakMap<SnapshotJob, { entry: LocalDate | null; checkpoints: readonly Checkpoint[] }>();

function checkpointsOfHistory(job: SnapshotJob, entry: LocalDate | null): readonly Checkpoint[] {
  const read = checkpointsRead.get(job);
  if (read && read.entry === entry) return read.checkpoints;
  const checkpoints = checkpointsOf(job, entry);
  checkpointsRead.set(job, { entry, checkpoints });
  return checkpoints;
}

export interface DueCheckpoint extends Checkpoint {
  job: SnapshotJob;
}

/** Closed (or stepped down) by `day`: follow-along has ended, nothing is due or overdue. */
function closedBy(person: WorkHistory, day: LocalDate): boolean {
  return person.closedOn !== null ? person.closedOn <= day : person.status === 'closed';
}

/**
 * The person's follow-along checkpoints shown on `today` and not cleared: a
 * face-to-face meeting on or after a checkpoint's window opened clears it, so
 * one late visit clears everything missed before it. Oldest due first.
 */
export function dueFollowAlong(person: WorkHistory, today: LocalDate): DueCheckpoint[] {
  if (closedBy(person, today)) return [];
  const met = faceToFaceDatesOf(person).filter((d) => d <= today);
  const due: DueCheckpoint[] = [];
  for (const job of person.jobs) {
    for (const c of checkpointsOfHistory(job, person.programmeEntryOn)) {
      if (today >= c.showFrom && !met.some((d) => d >= c.from)) due.push({ ...c, job });
    }
  }
  return due.sort((a, b) => a.by.localeCompare(b.by));
}

export interface FollowAlongTally {
  /** Checkpoints that fell due in the period while the case was open. */
  due: number;
  /** Of those, met face to face within their window (on the last day counts). */
  onTime: number;
}

/**
 * Items 22/23 as a reviewer counts them over `from`..`to` (both included):
 * every checkpoint due in the period before the case closed, and whether a
 * face-to-face meeting fell inside its window.
 */
export function followAlongTally(person: WorkHistory, from: LocalDate, to: LocalDate): FollowAlongTally {
  const met = faceToFaceDatesOf(person);
  const tally: FollowAlongTally = { due: 0, onTime: 0 };
  for (const job of person.jobs) {
    for (const c of checkpointsOfHistory(job, person.programmeEntryOn)) {
      if (c.by < from || c.by > to || (person.closedOn !== null && person.closedOn <= c.by)) continue;
      tally.due++;
      if (met.some((d) => d >= c.from && d <= c.by)) tally.onTime++;
    }
  }
  return tally;
}
