// /contact <employer> [f2f|phone|email|visit] [for <client ref>] [on <date>] [next <date>] [benefits] [notes…]
//
// The employer is every word up to the first option (or up to a word ending in
// ":" or ",", or a quoted name); options come in any order; the first word that
// is not an option starts the notes.
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import type { ContactType } from '../generated/prisma/enums.js';
import { datePhraseExamples, readDatePhrase, readDateStrictly } from './date-phrase.js';
import { readEmployerName } from './employer-name.js';
import { clientRefPattern, isQuoted, normaliseClientRef, splitWords, unquote } from './words.js';

export const contactUsage = '/contact <employer> [f2f|phone|email|visit] [for <client ref>] [on <date>] [next <date>] [benefits] [notes]';
export const contactExample = "/contact Perry's Garden Centre f2f for SJ-14 next tue met the hiring manager";

const typeWords: Record<string, ContactType> = {
  f2f: 'face_to_face',
  'face-to-face': 'face_to_face',
  facetoface: 'face_to_face',
  face: 'face_to_face',
  inperson: 'face_to_face',
  'in-person': 'face_to_face',
  phone: 'phone',
  call: 'phone',
  called: 'phone',
  phoned: 'phone',
  tel: 'phone',
  email: 'email',
  'e-mail': 'email',
  emailed: 'email',
  visit: 'visit',
  tour: 'visit',
  'tour/visit': 'visit',
};

/** Marks a contact with benefits / government employment programme staff (fidelity item 6). */
const benefitsWord = 'benefits';

export interface ContactDraft {
  employer: string;
  type?: ContactType;
  clientRef?: string;
  contactedOn?: LocalDate;
  nextContactOn?: LocalDate;
  benefitsLiaison: boolean;
  details?: string;
}

type Option =
  | { kind: 'type'; type: ContactType; words: number }
  | { kind: 'client'; ref: string; words: number }
  | { kind: 'on'; date: LocalDate; words: number }
  | { kind: 'next'; date: LocalDate; words: number }
  | { kind: 'benefits'; words: number };

function bad(message: string): never {
  throw new DomainError('CONTACT.BAD_INPUT', message, contactExample);
}

/** The option starting at words[i], if there is one. */
function readOption(words: readonly string[], i: number, today: LocalDate): Option | undefined {
  const word = words[i]!;
  if (isQuoted(word)) return undefined;
  const w = word.toLowerCase().replace(/[,;:]$/, '');
  const type = typeWords[w];
  if (type) return { kind: 'type', type, words: 1 };
  if (w === benefitsWord) return { kind: 'benefits', words: 1 };
  if (w === 'for') {
    const ref = words[i + 1];
    if (ref && clientRefPattern.test(ref.replace(/[,;:.]$/, ''))) return { kind: 'client', ref: normaliseClientRef(ref), words: 2 };
    if (!ref) bad('"for" needs the person\'s reference after it, like SJ-14.');
    return undefined;
  }
  if (w === 'next') {
    const phrase = readDatePhrase(words.slice(i + 1), today, 'future');
    if (phrase) return { kind: 'next', date: phrase.date, words: phrase.words + 1 };
    // "next week" reads as next + week; "next" alone or with no date is a mistake.
    bad(`I couldn't read a date after "next"${words[i + 1] ? ` ("${words[i + 1]}")` : ''}. Dates can be: ${datePhraseExamples}.`);
  }
  if (w === 'on') {
    const phrase = readDateStrictly(words.slice(i + 1), today, 'past', contactExample);
    if (phrase) return { kind: 'on', date: phrase.date, words: phrase.words + 1 };
  }
  if (w === 'today' || w === 'yesterday') {
    const phrase = readDatePhrase([w], today, 'past')!;
    return { kind: 'on', date: phrase.date, words: 1 };
  }
  return undefined;
}

export function parseContact(text: string, today: LocalDate): ContactDraft {
  const words = splitWords(text.trim());
  // "benefits" may start a name (Benefits Advice Centre); any other option cannot.
  const first = words.length > 0 ? readOption(words, 0, today) : undefined;
  if (first && first.kind !== 'benefits') bad(`Which employer? Start with its name, before "${words[0]}".`);
  const read = readEmployerName(words, 0, (k) => readOption(words, k, today) !== undefined);
  const { employer } = read;
  let i = read.next;
  if (!employer) bad('Which employer? Start with its name.');

  const draft: ContactDraft = { employer, benefitsLiaison: false };
  const seen = new Set<Option['kind']>();
  for (; i < words.length;) {
    const option = readOption(words, i, today);
    if (!option) break;
    if (seen.has(option.kind)) bad(`"${words[i]}" appears twice: give each of type, for, on and next once.`);
    seen.add(option.kind);
    if (option.kind === 'type') draft.type = option.type;
    else if (option.kind === 'client') draft.clientRef = option.ref;
    else if (option.kind === 'on') draft.contactedOn = option.date;
    else if (option.kind === 'next') draft.nextContactOn = option.date;
    else draft.benefitsLiaison = true;
    i += option.words;
  }
  const details = words
    .slice(i)
    .map(unquote)
    .join(' ')
    .replace(/^[-–:]\s*/, '')
    .trim();
  if (details) draft.details = details;
  return draft;
}
