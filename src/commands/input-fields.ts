// The field types every action's input schema is made of. Each takes what a
// typed line's parser gives (a date, a number, a list) and what a form gives
// (strings), and says in plain words what was wrong.
import { z } from 'zod';
import { addLocalDays, describeDate, type LocalDate } from '../core/local-date.js';
import { datePhraseExamples, readDatePhrase, type Direction } from '../grammar/date-phrase.js';
import { readHours } from '../grammar/job-terms.js';
import { clientRefPattern, normaliseClientRef } from '../grammar/words.js';
import type { InputEnv } from './command.js';

/** Dates further back or ahead than this are typos far more often than real. */
const maxDaysAway = 365;

/** Free text: trimmed, never empty, at most `max` characters. */
export function text(what: string, max: number, min = 1) {
  return z
    .string({ invalid_type_error: `${what} should be text.`, required_error: `${what} is missing.` })
    .trim()
    .min(min, min > 1 ? `${what} is too short.` : `${what} is missing.`)
    .max(max, `${what} is too long (${max.toLocaleString('en-GB')} characters at most).`);
}

export const employerName = () => text('The employer name', 120, 2);
export const notes = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `Notes are limited to ${max.toLocaleString('en-GB')} characters: keep the details in the service's case records.`)
    .transform((v) => v || undefined);

/** A pseudonymous reference, in its one spelling ("jd1" → "JD-01"). */
export function clientRef() {
  return z
    .string({ required_error: 'Which person? Give their reference, like SJ-14.' })
    .trim()
    .regex(clientRefPattern, 'A person is named by their reference, like SJ-14.')
    .transform(normaliseClientRef);
}

/** Several references: a list from a typed line, or "SJ-14 MT-21" from a form box. */
export function clientRefs(max = 20) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value),
    z
      .array(z.string().refine((r) => clientRefPattern.test(r), { message: 'People are named by their references, like SJ-14 MT-21.' }))
      .max(max, `At most ${max} people.`)
      .transform((refs) => [...new Set(refs.map(normaliseClientRef))]),
  );
}

/** Hours of paid work a week: 20, "20", "20h". */
export function hoursPerWeek() {
  return z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const trimmed = value.trim();
      return /^\d{1,3}(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : (readHours(trimmed.split(/\s+/), 0)?.value ?? trimmed);
    },
    z
      .number({ invalid_type_error: "I couldn't read the hours: give a number, like 20." })
      .positive('Hours a week must be more than 0.')
      .max(80, 'More than 80 hours a week? Check the hours.'),
  );
}

/** A yes/no form choice, or a flag a typed line set. */
export function yesNo() {
  return z.preprocess((value) => (value === 'yes' ? true : value === 'no' ? false : value), z.boolean());
}

/**
 * A calendar date: "2026-12-01" or any phrase the bot reads ("tue", "1/12"),
 * within a year of today, and not in the future (`past`) or the past (`future`)
 * when the field says so. `direction` is how a bare weekday is read.
 */
export function date(env: InputEnv, what: string, direction: Direction, only?: 'past' | 'future') {
  const earliest = addLocalDays(env.today, -maxDaysAway);
  const latest = addLocalDays(env.today, maxDaysAway);
  return z.unknown().transform((value, ctx): LocalDate => {
    const typed = typeof value === 'string' ? value.trim() : '';
    const words = typed.split(/\s+/);
    const read = typed ? readDatePhrase(words, env.today, direction) : undefined;
    const fail = (message: string) => {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    };
    if (!read || read.words !== words.length) return fail(`I couldn't read ${what} "${typed}". Dates can be: ${datePhraseExamples}.`);
    const on = read.date;
    if (on < earliest)
      return fail(`${capitalise(what)} is more than a year ago: give a date from ${describeDate(earliest, env.today)} on.`);
    if (on > latest) return fail(`${capitalise(what)} is more than a year ahead: give a date up to ${describeDate(latest, env.today)}.`);
    if (only === 'past' && on > env.today) return fail(`${capitalise(what)} is in the future: log it once it has happened.`);
    if (only === 'future' && on < env.today) return fail(`${capitalise(what)} has passed: give today or a later day.`);
    return on;
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A choice from a fixed list, with the list in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { errorMap: () => ({ message: `${capitalise(what)} is one of: ${values.join(', ')}.` }) });
}

/** The input of an action that reads nothing. */
export const nothing = () => z.object({});
