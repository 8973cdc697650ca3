// /client met <client ref> [f2f|phone|video|text|email] [at work|home|community|office] [on <date>|<date>] [notes]
// /client interview <client ref> <employer> [on <date>] [notes]
//
// Options come in any order after the reference; the first word that is not
// an option starts the notes. An interview's employer runs to the first
// option word, a colon or a comma, or is one quoted name, as in /contact.
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import type { ClientContactType, ContactPlace } from '../generated/prisma/enums.js';
import { datePhraseExamples, readDateStrictly } from './date-phrase.js';
import { readEmployerName } from './employer-name.js';
import { isClientRef } from './job-terms.js';
import { isQuoted, normaliseClientRef, splitWords, unquote } from './words.js';

export const clientMetUsage = '/client met <client ref> [f2f|phone|video|text|email] [at work|home|community|office] [on <date>] [notes]';
export const clientMetExample = '/client met SJ-14 f2f at work today talked through the first week';
export const interviewUsage = '/client interview <client ref> <employer> [on <date>] [notes]';
export const interviewExample = '/client interview SJ-14 Harbour Café on tue went well, hear back Friday';

export const clientContactTypeList = ['face_to_face', 'phone', 'video', 'text', 'email'] as const satisfies readonly ClientContactType[];
export const contactPlaceList = ['work', 'home', 'community', 'office'] as const satisfies readonly ContactPlace[];

export const clientContactTypeLabels: Record<ClientContactType, string> = {
  face_to_face: 'face to face',
  phone: 'phone call',
  video: 'video call',
  text: 'text messages',
  email: 'email',
};

const typeWords: Record<string, ClientContactType> = {
  f2f: 'face_to_face',
  'face-to-face': 'face_to_face',
  facetoface: 'face_to_face',
  'in-person': 'face_to_face',
  inperson: 'face_to_face',
  phone: 'phone',
  call: 'phone',
  called: 'phone',
  phoned: 'phone',
  video: 'video',
  'video-call': 'video',
  zoom: 'video',
  teams: 'video',
  text: 'text',
  texted: 'text',
  sms: 'text',
  email: 'email',
  'e-mail': 'email',
  emailed: 'email',
};

const placeWords: Record<string, ContactPlace> = {
  work: 'work',
  workplace: 'work',
  job: 'work',
  home: 'home',
  community: 'community',
  cafe: 'community',
  café: 'community',
  library: 'community',
  office: 'office',
  clinic: 'office',
  base: 'office',
};

/** Bare date words read as the meeting day; longer phrases ("in 2 weeks") only after "on". */
const bareDate =
  /^(today|yesterday|tomorrow|mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|\d[\d/.-]*)$/i;

export interface ClientMetDraft {
  clientRef?: string;
  type?: ClientContactType;
  place?: ContactPlace;
  on?: LocalDate;
  notes?: string;
}

function refAt(words: readonly string[], example: string): string | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  if (!isClientRef(first))
    throw new DomainError('CLIENT.BAD_INPUT', `"${first}" is not a client reference: start with one like SJ-14.`, example, 'clientRef');
  return normaliseClientRef(first);
}

/**
 * "on <date>" or a bare date word at words[i]: the date and how many words it
 * took. `onNeedsDate`: "on" followed by no date is a mistake, not notes.
 */
function dateAt(words: readonly string[], i: number, today: LocalDate, example: string, onNeedsDate: boolean) {
  const w = words[i]!.toLowerCase();
  if (w === 'on') {
    const phrase = readDateStrictly(words.slice(i + 1), today, 'past', example);
    if (!phrase && !onNeedsDate) return undefined;
    if (!phrase)
      throw new DomainError('CLIENT.BAD_DATE', `I couldn't read the date after "on". Dates can be: ${datePhraseExamples}.`, example, 'on');
    return { date: phrase.date, words: phrase.words + 1 };
  }
  if (!bareDate.test(w)) return undefined;
  const phrase = readDateStrictly(words.slice(i), today, 'past', example);
  return phrase && { date: phrase.date, words: phrase.words };
}

export function parseClientMet(text: string, today: LocalDate): ClientMetDraft {
  const words = splitWords(text.trim());
  const clientRef = refAt(words, clientMetExample);
  const draft: ClientMetDraft = clientRef ? { clientRef } : {};
  let i = 1;
  while (i < words.length) {
    const word = words[i]!;
    if (isQuoted(word)) break;
    const w = word.toLowerCase().replace(/[,;]$/, '');
    const type = typeWords[w];
    const place = w === 'at' ? placeWords[words[i + 1]?.toLowerCase().replace(/[,;]$/, '') ?? ''] : undefined;
    const when = draft.on === undefined ? dateAt(words, i, today, clientMetExample, true) : undefined;
    if (type && draft.type === undefined) {
      draft.type = type;
      i++;
    } else if (place && draft.place === undefined) {
      draft.place = place;
      i += 2;
    } else if (when) {
      draft.on = when.date;
      i += when.words;
    } else break;
  }
  const notes = words.slice(i).map(unquote).join(' ').trim();
  if (notes) draft.notes = notes;
  return draft;
}

export interface InterviewDraft {
  clientRef?: string;
  employer?: string;
  on?: LocalDate;
  notes?: string;
}

export function parseInterview(text: string, today: LocalDate): InterviewDraft {
  const words = splitWords(text.trim());
  const clientRef = refAt(words, interviewExample);
  const draft: InterviewDraft = clientRef ? { clientRef } : {};
  const optionAt = (k: number) =>
    ['on', 'today', 'yesterday'].includes(words[k]!.toLowerCase()) ? dateAt(words, k, today, interviewExample, false) : undefined;
  const read = readEmployerName(words, 1, (k) => optionAt(k) !== undefined);
  let i = read.next;
  if (read.employer) draft.employer = read.employer;
  const when = i < words.length ? optionAt(i) : undefined;
  if (when) {
    draft.on = when.date;
    i += when.words;
  }
  const notes = words.slice(i).map(unquote).join(' ').trim();
  if (notes) draft.notes = notes;
  return draft;
}
