// Dates as a specialist types them in a car park: "tue", "tomorrow",
// "next week", "in 2 weeks", "2026-12-01", "1/12", "1/12/2026".
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { parseISO } from 'date-fns/parseISO';
import { DomainError } from '../core/domain-error.js';
import { addLocalDays, addLocalMonths, isoWeekday, type LocalDate } from '../core/local-date.js';

const weekdays: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  weds: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};

const units: Record<string, 'day' | 'week' | 'month'> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  wks: 'week',
  month: 'month',
  months: 'month',
};

/** Which way a bare weekday points: a planned contact is ahead, a contact made is behind. */
export type Direction = 'future' | 'past';

export interface DatePhrase {
  date: LocalDate;
  /** How many words of the input the phrase used. */
  words: number;
}

function shift(today: LocalDate, n: number, unit: 'day' | 'week' | 'month'): LocalDate {
  if (unit === 'month') return addLocalMonths(today, n);
  return addLocalDays(today, unit === 'week' ? n * 7 : n);
}

function numeric(word: string, today: LocalDate): LocalDate | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(word)) {
    const d = parseISO(word);
    return isValid(d) && format(d, 'yyyy-MM-dd') === word ? word : undefined;
  }
  // Day first, as in the seeds' UK and NZ logs: 10/10/2019, 1/12.
  const m = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/.exec(word);
  if (!m) return undefined;
  const year = m[3] ? (m[3].length === 2 ? `20${m[3]}` : m[3]) : today.slice(0, 4);
  const d = parse(`${m[1]}/${m[2]}/${year}`, 'd/M/yyyy', new Date(0));
  return isValid(d) ? format(d, 'yyyy-MM-dd') : undefined;
}

/**
 * Reads the longest date phrase at the start of `words`. A bare weekday means
 * the next one after today ("future") or the last one up to today ("past").
 */
export function readDatePhrase(words: readonly string[], today: LocalDate, direction: Direction): DatePhrase | undefined {
  const w = words.map((x) => x.toLowerCase().replace(/[,;]$/, ''));
  const [a, b, c] = w;
  if (a === undefined) return undefined;
  if (a === 'in' && b && c && /^\d{1,3}$/.test(b) && units[c]) {
    return { date: shift(today, Number(b), units[c]), words: 3 };
  }
  if (/^\d{1,3}$/.test(a) && b && units[b] && c === 'ago') {
    return { date: shift(today, -Number(a), units[b]), words: 3 };
  }
  if (a === 'today') return { date: today, words: 1 };
  if (a === 'tomorrow') return { date: addLocalDays(today, 1), words: 1 };
  if (a === 'yesterday') return { date: addLocalDays(today, -1), words: 1 };
  if (a === 'fortnight') return { date: addLocalDays(today, 14), words: 1 };
  if (a === 'next' && b && (units[b] || weekdays[b] || b === 'fortnight')) {
    const inner = readDatePhrase(w.slice(1), today, 'future');
    return inner && { date: inner.date, words: inner.words + 1 };
  }
  if (a === 'week' || a === 'month') return { date: shift(today, 1, a), words: 1 };
  const weekday = weekdays[a];
  if (weekday) {
    const todayWd = isoWeekday(today);
    const ahead = (weekday - todayWd + 7) % 7 || 7;
    const behind = (todayWd - weekday + 7) % 7;
    return { date: addLocalDays(today, direction === 'future' ? ahead : -behind), words: 1 };
  }
  const date = numeric(a, today);
  return date ? { date, words: 1 } : undefined;
}

export const datePhraseExamples = 'tue, tomorrow, next week, in 2 weeks, 1/12, 2026-12-01';

/** Digits and separators in a date's place ("31/02", "2026-02-30"): a date, even one that does not exist. */
const dateShaped = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$/;

/**
 * The date phrase at the start of `words`, or undefined when there is none;
 * a date-shaped word that is no real day ("31/02") is an error, never a note.
 */
export function readDateStrictly(
  words: readonly string[],
  today: LocalDate,
  direction: Direction,
  example: string,
): DatePhrase | undefined {
  const read = readDatePhrase(words, today, direction);
  if (!read && words[0] !== undefined && dateShaped.test(words[0].replace(/[,;]$/, ''))) {
    throw new DomainError('INPUT.BAD_DATE', `"${words[0]}" is not a day on the calendar. Dates can be: ${datePhraseExamples}.`, example);
  }
  return read;
}
