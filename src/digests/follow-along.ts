// When a working person's next follow-along contact is due (fidelity items
// 22/23): within 3 days of the start, weekly for the first month, then monthly
// for a year; within 3 days of learning about a job loss. Each checkpoint is met
// by a contact after the previous one, so only the last contact matters.
import { addMonths, format, parseISO } from 'date-fns';
import { addLocalDays, type LocalDate } from '../core/local-date.js';

export function followAlongCheckpoints(startOn: LocalDate): LocalDate[] {
  const weekly = [3, 7, 14, 21, 28].map((days) => addLocalDays(startOn, days));
  const monthly = Array.from({ length: 11 }, (_, i) => format(addMonths(parseISO(startOn), i + 2), 'yyyy-MM-dd'));
  return [...weekly, ...monthly];
}

/**
 * The next checkpoint not yet met, given the last contact with the person
 * (any date; only one on or after the start counts). Undefined after a year.
 */
export function nextFollowAlongDue(startOn: LocalDate, lastContactOn: LocalDate | null): LocalDate | undefined {
  const checkpoints = followAlongCheckpoints(startOn);
  if (lastContactOn === null || lastContactOn < startOn) return checkpoints[0];
  // The contact meets the checkpoint whose window holds it; the one after is next.
  const met = checkpoints.findIndex((checkpoint) => lastContactOn <= checkpoint);
  return met === -1 ? undefined : checkpoints[met + 1];
}

/** After a job loss: a contact within 3 days, unless one happened since. */
export function jobLossContactDue(endOn: LocalDate, lastContactOn: LocalDate | null): LocalDate | undefined {
  return lastContactOn !== null && lastContactOn >= endOn ? undefined : addLocalDays(endOn, 3);
}

export type FollowAlongState = 'overdue' | 'due' | 'on-time';

/** Overdue before `today`; due from today to a week ahead. */
export function followAlongState(due: LocalDate | undefined, today: LocalDate): FollowAlongState {
  if (due === undefined) return 'on-time';
  if (due < today) return 'overdue';
  return due <= addLocalDays(today, 7) ? 'due' : 'on-time';
}
