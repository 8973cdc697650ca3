// Reading submitted form values (all strings) with the same rules as typed lines.
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { datePhraseExamples, readDatePhrase, type Direction } from './date-phrase.js';
import { readHours } from './job-terms.js';

export type FormValues = Record<string, string | undefined>;

export function textValue(values: FormValues, name: string): string | undefined {
  return values[name]?.trim() || undefined;
}

/** A date field, which may hold a typed phrase ("tue") on platforms without date pickers. */
export function dateValue(
  values: FormValues,
  name: string,
  today: LocalDate,
  direction: Direction,
  code: string,
  example: string,
): LocalDate | undefined {
  const value = textValue(values, name);
  if (!value) return undefined;
  const phrase = readDatePhrase(value.split(/\s+/), today, direction);
  if (!phrase) throw new DomainError(code, `I couldn't read the date "${value}". Dates can be: ${datePhraseExamples}.`, example, name);
  return phrase.date;
}

/** "20", "20h" or "20 hours". */
export function hoursValue(values: FormValues, name: string, code: string, example: string): number | undefined {
  const value = textValue(values, name);
  if (!value) return undefined;
  const hours = /^\d{1,2}(\.\d{1,2})?$/.test(value) ? Number(value) : readHours(value.split(/\s+/), 0)?.value;
  if (hours === undefined) throw new DomainError(code, `I couldn't read the hours "${value}": give a number, like 20.`, example, name);
  return hours;
}
