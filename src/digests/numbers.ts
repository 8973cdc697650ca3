// Small arithmetic, on numbers and local dates, that the digests share.
import { addLocalMonths, toDbDate, type LocalDate } from '../core/local-date.js';

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
export const mean = (xs: readonly number[]) => sum(xs) / xs.length;
export const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

/** Whole days from one local date to another. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toDbDate(to).getTime() - toDbDate(from).getTime()) / 86_400_000);
}

/** The same day `months` calendar months earlier. */
export function monthsBefore(day: LocalDate, months: number): LocalDate {
  return addLocalMonths(day, -months);
}
