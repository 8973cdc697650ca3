// Pseudonymous references: initials (at most 3 letters) and a number, "SJ-15".
// The number is the next free one for those initials, so no name or date of
// birth is encoded. What is typed where a reference is made is checked for
// names first: "/refer Sam Jones" must never become "SAM-01", which the agenda
// would then post in the unit's channel.
import type { Tx } from '../db/tx.js';

/** A reference's letters are initials: at most this many. */
export const maxInitials = 3;

/**
 * First names short enough to pass for initials ("Sam", "Jo"). Longer names
 * are caught by the capitalised-word rule; this list only has to cover 2 and 3
 * letters, so it stays short and reviewable.
 */
const shortFirstNames = new Set(
  (
    'al ali amy ann ava bea ben bob dan dot eli eva eve fay guy ian ivy jay jim jo joe jon kai kay ken kim lee leo liz lou ' +
    'max meg mia mo ned pat ray rex rob ron roy sam sid sue ted tim tom una val viv wes zoe'
  ).split(' '),
);

/** The initials of words that look like a full name: "Sam Jones" → "SJ". */
function initialsOf(words: readonly string[]): string {
  return words
    .map((w) => w.replace(/[^A-Za-z]/g, '')[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, maxInitials);
}

/**
 * Why `typed` (initials, or a reference) looks like a name rather than initials, with the initials to use
 * instead when they can be worked out; undefined when it does not.
 */
export function nameLike(typed: string): { why: string; initials?: string } | undefined {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1) return { why: 'two words, like a first name and a surname', initials: initialsOf(words) };
  // A reference's letters count too: "Sam-1" is a name with a number.
  const word = (words[0] ?? '').replace(/-?\d+$/, '');
  if (/^[A-Z][a-z'’-]{3,}$/.test(word)) return { why: 'a capitalised word of more than 3 letters, like a name' };
  if (shortFirstNames.has(word.toLowerCase())) return { why: 'a first name' };
  return undefined;
}

/** True when a reference's letters are initials the bot may make today (older references may have 4). */
export function refHasInitials(ref: string): boolean {
  return new RegExp(`^[A-Z]{1,${maxInitials}}-\\d+$`).test(ref);
}

export async function nextRefFor(tx: Tx, initials: string): Promise<string> {
  const prefix = initials.toUpperCase();
  const rows = await tx.client.findMany({ where: { ref: { startsWith: `${prefix}-` } }, select: { ref: true } });
  const numbers = rows.map((r) => Number(r.ref.slice(prefix.length + 1))).filter(Number.isInteger);
  const next = Math.max(0, ...numbers) + 1;
  return `${prefix}-${String(next).padStart(2, '0')}`;
}
