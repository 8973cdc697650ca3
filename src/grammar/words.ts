import { DomainError } from '../core/domain-error.js';

const quoteMarks = /["“”]/g;

/**
 * Splits a command line into words, keeping "quoted phrases" (straight or
 * curly quotes, as phones type them) together. A quote that is never closed
 * would swallow the rest of the line into one name: it is refused instead.
 */
export function splitWords(text: string): string[] {
  if ((text.match(quoteMarks)?.length ?? 0) % 2 === 1) {
    throw new DomainError(
      'INPUT.UNCLOSED_QUOTE',
      'A quote mark opens a name but nothing closes it: put a second one after the name.',
      '/contact "Centre for Work" f2f',
    );
  }
  const words: string[] = [];
  const re = /["“”]([^"“”]*)["“”]?|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push(m[1] !== undefined ? `"${m[1]}"` : m[2]!);
  return words;
}

export function isQuoted(word: string): boolean {
  return word.length >= 2 && word.startsWith('"') && word.endsWith('"');
}

export function unquote(word: string): string {
  return isQuoted(word) ? word.slice(1, -1) : word;
}

/** Pseudonymous client references look like "SJ-14": letters, a dash, digits. */
export const clientRefPattern = /^[A-Za-z]{1,4}-?\d{1,6}$/;

/**
 * One spelling per reference: upper-case letters, a dash, and the number with
 * at least two digits, so that "jd1", "JD-1" and "JD-01" are one person.
 */
export function normaliseClientRef(word: string): string {
  const m = /^([A-Za-z]{1,4})-?(\d{1,6})$/.exec(word.replace(/[,;:.]$/, ''));
  return m ? `${m[1]!.toUpperCase()}-${String(Number(m[2])).padStart(2, '0')}` : word;
}
