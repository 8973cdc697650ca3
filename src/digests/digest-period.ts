// The week a digest covers: the seven local days up to and including the day
// it is built (the posting day for a scheduled post, today on demand), so that
// the team meets with the latest week in front of it whatever its meeting day.
import { addLocalDays, isoWeekOf, type LocalDate } from '../core/local-date.js';

export interface DigestPeriod {
  /** First and last local day, both included. */
  start: LocalDate;
  end: LocalDate;
  /** ISO week of the last day, "2026-W48": names the post and its files. */
  label: string;
}

export function periodEnding(end: LocalDate): DigestPeriod {
  return { start: addLocalDays(end, -6), end, label: isoWeekOf(end).label };
}

/** The same seven days `weeks` weeks earlier. */
export function weeksBefore(period: DigestPeriod, weeks: number): DigestPeriod {
  return periodEnding(addLocalDays(period.end, -7 * weeks));
}
