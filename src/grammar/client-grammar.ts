// /client add|met|profile|close|consent|show|list
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { datePhraseExamples, readDatePhrase } from './date-phrase.js';
import { isClientRef } from './job-terms.js';
import { normaliseClientRef, splitWords, unquote } from './words.js';

export const clientUsage = [
  '/client add <client ref or initials> [clinical team]',
  '/client met <client ref> [date]',
  '/client profile <client ref> [date]',
  '/client show <client ref>',
  '/client list',
  '/client close <client ref> <reason>',
  '/client consent <client ref> name <first name>|none|no-celebrations|celebrations',
] as const;

export const clientExamples = {
  add: '/client add SJ northside',
  met: '/client met SJ-15 today',
  profile: '/client profile SJ-15',
  show: '/client show SJ-14',
  list: '/client list',
  close: '/client close MT-21 moved out of the area',
  consent: '/client consent SJ-14 name Sam',
} as const;

export type ConsentChange = { kind: 'name'; firstName: string } | { kind: 'none' } | { kind: 'celebrations'; optOut: boolean };

/** A first meeting or a vocational profile, on a date (today unless given). */
export interface DatedClientCommand {
  sub: 'met' | 'profile';
  ref: string;
  on?: LocalDate;
}

export type ClientCommand =
  | { sub: 'add'; person: { kind: 'ref'; ref: string } | { kind: 'initials'; initials: string }; teamKey?: string }
  | DatedClientCommand
  | { sub: 'show'; ref: string }
  | { sub: 'list' }
  | { sub: 'close'; ref: string; reason: string }
  | { sub: 'consent'; ref: string; change: ConsentChange };

export type ClientSub = ClientCommand['sub'];
const subs: readonly ClientSub[] = ['add', 'met', 'profile', 'show', 'list', 'close', 'consent'];

function bad(sub: ClientSub | undefined, message: string): never {
  throw new DomainError('CLIENT.BAD_INPUT', message, sub ? clientExamples[sub] : clientExamples.show);
}

function refAt(words: readonly string[], sub: ClientSub): string {
  const word = words[1];
  if (!isClientRef(word))
    bad(sub, word ? `"${word}" is not a client reference; they look like SJ-14.` : 'Which person? Give their reference, like SJ-14.');
  return normaliseClientRef(word!);
}

export function parseClient(text: string, today: LocalDate): ClientCommand {
  const words = splitWords(text.trim());
  const sub = words[0]?.toLowerCase() as ClientSub | undefined;
  if (!sub || !subs.includes(sub)) {
    bad(undefined, `${sub ? `"/client ${sub}" is not a /client command. ` : ''}Say one of: ${subs.join(', ')}.`);
  }
  switch (sub) {
    case 'list':
      return { sub };
    case 'add': {
      const first = words[1];
      const teamKey = words[2]?.toLowerCase();
      if (isClientRef(first)) return { sub, person: { kind: 'ref', ref: normaliseClientRef(first!) }, teamKey };
      if (first && /^[A-Za-z]{1,4}$/.test(first)) return { sub, person: { kind: 'initials', initials: first.toUpperCase() }, teamKey };
      return bad(sub, "Give the person's initials (a reference is made from them) or their reference. Never a name.");
    }
    case 'met':
    case 'profile': {
      const ref = refAt(words, sub);
      if (words.length === 2) return { sub, ref };
      const when = readDatePhrase(words.slice(2), today, 'past');
      if (!when || when.words !== words.length - 2)
        bad(sub, `I couldn't read the date "${words.slice(2).join(' ')}". Dates can be: ${datePhraseExamples}.`);
      if (when.date > today) bad(sub, 'That date is in the future: log it once it has happened.');
      return { sub, ref, on: when.date };
    }
    case 'show':
      return { sub, ref: refAt(words, sub) };
    case 'close': {
      const ref = refAt(words, sub);
      const reason = words.slice(2).map(unquote).join(' ').trim();
      if (!reason) bad(sub, 'Say why the case is closing (it goes in the outcomes return).');
      return { sub, ref, reason };
    }
    case 'consent': {
      const ref = refAt(words, sub);
      const what = words[2]?.toLowerCase();
      if (what === 'name') {
        const firstName = words[3] && unquote(words[3]);
        if (!firstName || words.length > 4 || !/^\p{L}[\p{L}'-]{0,29}$/u.test(firstName)) {
          bad(sub, 'Give one first name after "name" (no surname): it is used only in celebrations the person agreed to.');
        }
        return { sub, ref, change: { kind: 'name', firstName } };
      }
      if (what === 'none') return { sub, ref, change: { kind: 'none' } };
      if (what === 'no-celebrations') return { sub, ref, change: { kind: 'celebrations', optOut: true } };
      if (what === 'celebrations') return { sub, ref, change: { kind: 'celebrations', optOut: false } };
      return bad(sub, 'Say "name <first name>", "none", "no-celebrations" or "celebrations".');
    }
  }
}
