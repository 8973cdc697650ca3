// Which prompt a team sees in a given week. Pure arithmetic on the week's
// number, so no history is needed and a restart cannot disturb it: the R moves
// on every week (each R every 5 weeks), and each R steps through its own
// prompts (the same text at most every 5 × 4 = 20 weeks). Teams start at
// different points so neighbouring channels do not read alike.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { isoWeekOf, type LocalDate } from '../core/local-date.js';
import { droughtPrompts, fiveRs, prompts, type RPrompt } from './prompts.js';

/** A Monday, week 0 of the rotation. */
const epochMonday = '2024-01-01';

export function weekNumber(date: LocalDate): number {
  return Math.round(differenceInCalendarDays(parseISO(isoWeekOf(date).start), parseISO(epochMonday)) / 7);
}

export function rotationPrompt(teamId: number, date: LocalDate): RPrompt {
  const step = weekNumber(date) + teamId;
  const r = fiveRs[step % fiveRs.length]!;
  const list = prompts[r];
  return list[Math.floor(step / fiveRs.length) % list.length]!;
}

/** A drought can last weeks: its prompts cycle on their own, five of them, so none repeats within 4 weeks. */
export function droughtPrompt(date: LocalDate): RPrompt {
  return droughtPrompts[weekNumber(date) % droughtPrompts.length]!;
}
