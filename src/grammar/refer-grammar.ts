// /refer <client ref or new initials> [notes]
import { DomainError } from '../core/domain-error.js';
import { isClientRef } from './job-terms.js';
import { normaliseClientRef, splitWords, unquote } from './words.js';

export const referUsage = '/refer <client ref or initials> [notes]';
export const referExample = '/refer SJ keen on outdoor work, mornings are best';

/** An existing reference ("SJ-14"), or initials from which a new one is made ("SJ"). */
export type ReferDraft = ({ kind: 'ref'; ref: string } | { kind: 'initials'; initials: string }) & { notes?: string };

export function parseRefer(text: string): ReferDraft {
  const words = splitWords(text.trim());
  const first = words[0];
  const notes = words.slice(1).map(unquote).join(' ').trim() || undefined;
  const rest = notes ? { notes } : {};
  if (isClientRef(first)) return { kind: 'ref', ref: normaliseClientRef(first!), ...rest };
  if (first && /^[A-Za-z]{1,4}$/.test(first)) return { kind: 'initials', initials: first.toUpperCase(), ...rest };
  throw new DomainError(
    'REFER.BAD_INPUT',
    first
      ? `"${first}" is neither a client reference (like SJ-14) nor initials (like SJ). Never a name: the bot keeps pseudonymous references only.`
      : 'Who is being referred? Give their initials (a reference is made from them) or their reference.',
    referExample,
  );
}
