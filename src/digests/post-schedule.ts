// When a unit's weekly posts fall due: on the working day before the team
// meeting, at the unit's agenda time, in the unit's own time zone (so a post
// stays at 15:00 local across daylight-saving changes).
import { addLocalDays, instantAt, isoWeekday, localDateOf, type LocalDate } from '../core/local-date.js';

export interface PostingUnit {
  timeZone: string;
  /** ISO weekday of the meeting, 1 = Monday. */
  meetingWeekday: number;
  /** "15:00" */
  agendaTime: string;
}

/** The working day before the meeting: Friday for a Monday (or weekend) meeting. */
export function postingWeekday(meetingWeekday: number): number {
  return meetingWeekday === 1 || meetingWeekday >= 6 ? 5 : meetingWeekday - 1;
}

/** The latest posting moment at or before `now`, with its local day. */
export function latestPosting(unit: PostingUnit, now: Date): { day: LocalDate; dueAt: Date } {
  const today = localDateOf(now, unit.timeZone);
  const weekday = postingWeekday(unit.meetingWeekday);
  for (let back = 0; back <= 7; back++) {
    const day = addLocalDays(today, -back);
    if (isoWeekday(day) !== weekday) continue;
    const dueAt = instantAt(day, unit.agendaTime, unit.timeZone);
    if (dueAt.getTime() <= now.getTime()) return { day, dueAt };
  }
  throw new Error(`no posting day found for meeting weekday ${unit.meetingWeekday}`);
}
