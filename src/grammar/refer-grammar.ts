// /refer <client ref or new initials> [notes]
import { isClientRef } from './job-terms.js';
import { normaliseClientRef, splitWords, unquote } from './words.js';

export const referUsage = '/refer <client ref or initials> [notes]';
export const referExample = '/refer SJ keen on outdoor work, mornings are best';

/** An existing reference ("SJ-14"), or initials from which a new one is made ("SJ"). */
export type ReferPerson = { kind: 'ref'; ref: string } | { kind: 'initials'; initials: string };

/** The person's word and the notes after it, as typed. */
export function parseRefer(text: string): { person?: string; notes?: string } {
  const [person, ...rest] = splitWords(text.trim());
  const notes = rest.map(unquote).join(' ').trim();
  return { ...(person ? { person } : {}), ...(notes ? { notes } : {}) };
}

export function readReferPerson(word: string): ReferPerson | undefined {
  if (isClientRef(word)) return { kind: 'ref', ref: normaliseClientRef(word) };
  if (/^[A-Za-z]{1,4}$/.test(word)) return { kind: 'initials', initials: word.toUpperCase() };
  return undefined;
}
