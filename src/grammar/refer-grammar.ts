// /refer <client ref or new initials> [notes]
import type { LocalDate } from '../core/local-date.js';
import { maxInitials, nameLike, refHasInitials } from '../services/client-refs.js';
import { readDateStrictly } from './date-phrase.js';
import { isClientRef } from './job-terms.js';
import { normaliseClientRef, splitWords, unquote } from './words.js';

export const referUsage = '/refer <client ref or initials> [on <referral date>] [notes]';
export const referExample = '/refer SJ keen on outdoor work, mornings are best';

/** An existing reference ("SJ-14"), or initials from which a new one is made ("SJ"). */
export type ReferPerson = { kind: 'ref'; ref: string } | { kind: 'initials'; initials: string };

const capitalised = /^[A-Z][a-z'’-]+$/;

/**
 * The person's word, "on <date>" when the referral was made earlier, and the
 * notes after them, as typed. "Sam Jones keen on…" keeps both capitalised
 * words together, so the schema sees a name and refuses it.
 */
export function parseRefer(text: string, today: LocalDate): { person?: string; referredOn?: LocalDate; notes?: string } {
  const words = splitWords(text.trim());
  const takesTwo = words.length > 1 && capitalised.test(words[0]!) && capitalised.test(words[1]!);
  const person = takesTwo ? `${words[0]} ${words[1]}` : words[0];
  const rest = words.slice(takesTwo ? 2 : 1);
  const when = rest[0]?.toLowerCase() === 'on' ? readDateStrictly(rest.slice(1), today, 'past', referExample) : undefined;
  const notes = rest
    .slice(when ? when.words + 1 : 0)
    .map(unquote)
    .join(' ')
    .trim();
  return { ...(person ? { person } : {}), ...(when ? { referredOn: when.date } : {}), ...(notes ? { notes } : {}) };
}

/** The person, or why what was typed cannot make a reference (a name, too many letters). */
export function readReferPerson(typed: string): ReferPerson | { refused: string } {
  const name = nameLike(typed);
  if (name) {
    return {
      refused: `"${typed}" looks like a name (${name.why}). The bot never keeps names: give the person's initials, at most ${maxInitials} letters${name.initials ? `, like ${name.initials}` : ''}.`,
    };
  }
  if (isClientRef(typed)) {
    const ref = normaliseClientRef(typed);
    return refHasInitials(ref)
      ? { kind: 'ref', ref }
      : {
          refused: `${ref} has more than ${maxInitials} letters: references are initials and a number. Ask your supervisor to rename it (/ips refs).`,
        };
  }
  if (new RegExp(`^[A-Za-z]{1,${maxInitials}}$`).test(typed)) return { kind: 'initials', initials: typed.toUpperCase() };
  return {
    refused: `"${typed}" is neither a client reference (like SJ-14) nor initials (like SJ, at most ${maxInitials} letters). Never a name: the bot keeps pseudonymous references only.`,
  };
}
