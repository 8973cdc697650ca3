// "Harbour Café, barista …", "\"Harbour Café\" barista …" or "Harbour Café as
// barista …": the employer, then the role, then options. Without a comma,
// quotes or "as", the last word before the options is taken as the role.
import { isQuoted, unquote } from './words.js';

export interface EmployerRole {
  employer: string;
  role: string;
  /** Index of the first word after the role. */
  next: number;
}

/**
 * Reads from `start` up to the first word for which `isOption` is true.
 * Returns undefined when there is no employer or no role.
 */
export function readEmployerRole(words: readonly string[], start: number, isOption: (i: number) => boolean): EmployerRole | undefined {
  let end = start;
  while (end < words.length && !isOption(end)) end++;
  const span = words.slice(start, end);
  if (span.length < 2) return undefined;

  let split = -1;
  if (isQuoted(span[0]!)) split = 1;
  else {
    const as = span.findIndex((w, k) => k > 0 && w.toLowerCase() === 'as');
    const marked = span.findIndex((w) => /[:,]$/.test(w));
    if (marked >= 0 && (as < 0 || marked < as)) split = marked + 1;
    else if (as > 0) split = as;
  }
  if (split < 0) split = span.length - 1;
  const employer = span.slice(0, split).map(unquote).join(' ').replace(/[:,]$/, '').trim();
  const roleWords = span.slice(split);
  if (roleWords[0]?.toLowerCase() === 'as') roleWords.shift();
  const role = roleWords.map(unquote).join(' ').trim();
  if (!employer || !role) return undefined;
  return { employer, role, next: end };
}
