// Clinical team channels are read in working hours: good news posted at 22:00
// or on a Sunday is missed (or pings someone's phone at home), so it waits for
// the next working morning in the unit's zone.
import { addLocalDays, instantAt, isoWeekday, localDateOf, type LocalDate } from '../core/local-date.js';

export const workingMorning = '09:30';
const workingDayEnds = '17:30';

function isWorkingDay(date: LocalDate): boolean {
  return isoWeekday(date) <= 5;
}

/** The first instant at or after `earliest` inside working hours (Monday to Friday, 09:30 to 17:30). */
export function nextPostingTime(earliest: Date, timeZone: string): Date {
  const today = localDateOf(earliest, timeZone);
  if (isWorkingDay(today)) {
    const opens = instantAt(today, workingMorning, timeZone);
    if (earliest < opens) return opens;
    if (earliest < instantAt(today, workingDayEnds, timeZone)) return earliest;
  }
  let day = addLocalDays(today, 1);
  while (!isWorkingDay(day)) day = addLocalDays(day, 1);
  return instantAt(day, workingMorning, timeZone);
}
