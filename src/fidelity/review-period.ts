// A fidelity review covers a calendar quarter ("2026-Q4"): up to today while
// the quarter is still running.
import { addQuarters } from 'date-fns/addQuarters';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';

export interface ReviewPeriod {
  quarter: string;
  from: LocalDate;
  to: LocalDate;
}

const day = (d: Date): LocalDate => format(d, 'yyyy-MM-dd');

export function quarterOf(date: LocalDate): string {
  const d = parseISO(date);
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

export function previousQuarter(quarter: string): string {
  return quarterOf(day(addQuarters(parseISO(quarterStart(quarter)), -1)));
}

function quarterStart(quarter: string): LocalDate {
  const [year, q] = quarter.split('-Q').map(Number);
  return `${year}-${String((q! - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** "2026-Q4", "Q4" (this year) or "q4 2026"; absent: the quarter of today. */
export function readQuarter(text: string | undefined, today: LocalDate, example: string): string {
  const typed = (text ?? '').trim();
  if (!typed) return quarterOf(today);
  const m = /^(?:(\d{4})[-\s]?[qQ]([1-4])|[qQ]([1-4])(?:[-\s]?(\d{4}))?)$/.exec(typed);
  if (!m) throw new DomainError('FIDELITY.QUARTER', `I couldn't read the quarter "${typed}": write it like 2026-Q4 or Q4.`, example);
  const year = m[1] ?? m[4] ?? today.slice(0, 4);
  const quarter = `${year}-Q${m[2] ?? m[3]}`;
  if (quarterStart(quarter) > today) throw new DomainError('FIDELITY.QUARTER', `${quarter} has not started yet.`, example);
  return quarter;
}

export function reviewPeriod(quarter: string, today: LocalDate): ReviewPeriod {
  const from = quarterStart(quarter);
  const end = day(endOfQuarter(parseISO(from)));
  return { quarter, from: day(startOfQuarter(parseISO(from))), to: end < today ? end : today };
}
