// The parts of a job or a lead as specialists type them: "20h", "16 hours",
// "£12.60/h", "$25", "for SJ-14 MT-21".
import { clientRefPattern, normaliseClientRef } from './words.js';

export interface Read<T> {
  value: T;
  /** How many words of the input it used. */
  words: number;
}

const hoursUnit = /^(h|hr|hrs|hour|hours|h\/w|h\/wk|hpw)$/i;

/**
 * "20h", "20hrs", "20 hours", "7.5h": hours of paid work a week. Any number
 * with an hours unit is read (-5h, 999h), so that the schema can say what is
 * wrong with it rather than let it slip into the notes.
 */
export function readHours(words: readonly string[], i: number): Read<number> | undefined {
  const word = words[i]?.toLowerCase();
  if (!word) return undefined;
  const joined = /^(-?\d{1,6}(?:\.\d{1,2})?)(h|hr|hrs|hour|hours|h\/w|h\/wk|hpw)$/.exec(word);
  if (joined) return { value: Number(joined[1]), words: 1 };
  const next = words[i + 1];
  if (/^-?\d{1,6}(?:\.\d{1,2})?$/.test(word) && next && hoursUnit.test(next)) return { value: Number(word), words: 2 };
  return undefined;
}

const payPattern = /^(?:[£$€]\d[\d,]*(?:\.\d{1,2})?k?(?:\/(?:h|hr|hour|wk|week|yr|year|pa))?|\d+(?:\.\d{1,2})?\/(?:h|hr|hour))$/i;

/** "£12.60", "£12.60/h", "$25/hr", "£24,000", "12.50/h": pay as typed, kept as text. */
export function readPay(words: readonly string[], i: number): Read<string> | undefined {
  const word = words[i];
  if (word && payPattern.test(word)) return { value: word, words: 1 };
  if (word?.toLowerCase() === 'pay' && words[i + 1]) return { value: words[i + 1]!, words: 2 };
  return undefined;
}

export function isClientRef(word: string | undefined): boolean {
  return word !== undefined && clientRefPattern.test(word.replace(/[,;:.]$/, ''));
}

/** "for SJ-14 MT-21": every reference after "for". */
export function readForRefs(words: readonly string[], i: number): Read<string[]> | undefined {
  if (words[i]?.toLowerCase() !== 'for') return undefined;
  const refs: string[] = [];
  for (let j = i + 1; isClientRef(words[j]); j++) refs.push(normaliseClientRef(words[j]!));
  return refs.length ? { value: refs, words: refs.length + 1 } : undefined;
}
