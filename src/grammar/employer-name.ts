// The employer's name as /contact and /client interview take it: every word
// up to the first option, or one quoted name ("Harbour Cafe f2f" or
// '"Cafe On Time" f2f'), or up to a word ending in ":" or "," when the name
// itself holds an option word ("Next Door Bakery: f2f").
import { isQuoted, unquote } from './words.js';

/** Reads the name from words[start]; `optionAt(k)` says whether words[k] starts an option. Returns the name and where the rest begins. */
export function readEmployerName(
  words: readonly string[],
  start: number,
  optionAt: (k: number) => boolean,
): { employer: string; next: number } {
  const name: string[] = [];
  let i = start;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (name.length > 0 && optionAt(i)) break;
    if (isQuoted(word)) {
      name.push(unquote(word));
      i++;
      break;
    }
    if (/[:,]$/.test(word)) {
      name.push(word.slice(0, -1));
      i++;
      break;
    }
    name.push(word);
  }
  return { employer: name.join(' ').trim(), next: i };
}
