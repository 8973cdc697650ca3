// /refer <client ref or new initials> [notes]
import type { LocalDate } from '../core/local-date.js';
import { readDateStrictly } from './date-phrase.js';
import { isClientRef } from './job-terms.js';
import { normaliseClientRef, splitWords, unquote } from './words.js';

export const referUsage = '/refer <client ref or initials> [on <referral date>] [notes]';
export const referExample = '/refer SJ keen on outdoor work, mornings are best';

/** An existing reference ("SJ-14"), or initials from which a new one is made ("SJ"). */
export type ReferPerson = { kind: 'ref'; ref: string } | { kind: 'initials'; initials: string };

/** The person's word, "on <date>" when the referral was made earlier, and the notes after them, as typed. */
export function parseRefer(text: string, today: LocalDate): { person?: string; referredOn?: LocalDate; notes?: string } {
  const [person, ...rest] = splitWords(text.trim());
  const when = rest[0]?.toLowerCase() === 'on' ? readDateStrictly(rest.slice(1), today, 'past', referExample) : undefined;
  const notes = rest
    .slice(when ? when.words + 1 : 0)
    .map(unquote)
    .join(' ')
    .trim();
  return { ...(person ? { person } : {}), ...(when ? { referredOn: when.date } : {}), ...(notes ? { notes } : {}) };
}

export function readReferPerson(word: string): ReferPerson | undefined {
  if (isClientRef(word)) return { kind: 'ref', ref: normaliseClientRef(word) };
  if (/^[A-Za-z]{1,4}$/.test(word)) return { kind: 'initials', initials: word.toUpperCase() };
  return undefined;
}
