// The words after /client add|met|profile|show|close|consent, read into the
// raw input each action's schema checks.
import { DomainError } from '../core/domain-error.js';
import { splitWords, unquote } from './words.js';

export const clientExamples = {
  add: '/client add SJ northside',
  met: '/client met SJ-15 f2f at community today',
  interview: '/client interview SJ-14 Harbour Café on tue went well',
  profile: '/client profile SJ-15',
  show: '/client show SJ-14',
  list: '/client list',
  close: '/client close KP-07 moved out of the area',
  consent: '/client consent SJ-14 name Sam',
} as const;

export type ConsentChange = { kind: 'name'; firstName: string } | { kind: 'none' } | { kind: 'celebrations'; optOut: boolean };

function tooMany(words: readonly string[], max: number, example: string): void {
  if (words.length > max) {
    throw new DomainError('CLIENT.BAD_INPUT', `I didn't understand "${words.slice(max).join(' ')}" at the end.`, example);
  }
}

/** "SJ northside referred 2/11": initials or a reference, the clinical team's key, then the referral date. */
export function parseClientAdd(text: string): { person?: string; teamKey?: string; referredOn?: string } {
  const all = splitWords(text);
  const at = all.findIndex((w) => w.toLowerCase() === 'referred');
  const words = at === -1 ? all : all.slice(0, at);
  tooMany(words, 2, clientExamples.add);
  const [person, teamKey] = words;
  const referredOn =
    at === -1
      ? undefined
      : all
          .slice(at + 1)
          .join(' ')
          .replace(/^on\s+/i, '') || '';
  return {
    ...(person ? { person } : {}),
    ...(teamKey ? { teamKey: teamKey.toLowerCase() } : {}),
    ...(referredOn !== undefined ? { referredOn } : {}),
  };
}

/** "SJ-15 yesterday": a reference, then a date phrase (today when absent). */
export function parseRefAndDate(text: string): { clientRef?: string; on?: string } {
  const [ref, ...rest] = splitWords(text);
  return { ...(ref ? { clientRef: ref } : {}), ...(rest.length ? { on: rest.join(' ') } : {}) };
}

/** "SJ-14": one reference and nothing else. */
export function parseRefOnly(example: string) {
  return (text: string): { clientRef?: string } => {
    const words = splitWords(text);
    tooMany(words, 1, example);
    return words[0] ? { clientRef: words[0] } : {};
  };
}

/** "MT-21 moved out of the area" */
export function parseClientClose(text: string): { clientRef?: string; reason?: string } {
  const [ref, ...rest] = splitWords(text);
  const reason = rest.map(unquote).join(' ').trim();
  return { ...(ref ? { clientRef: ref } : {}), ...(reason ? { reason } : {}) };
}

/** "SJ-14 name Sam" | "SJ-14 none" | "SJ-14 no-celebrations" | "SJ-14 celebrations" */
export function parseConsent(text: string): { clientRef?: string; change?: ConsentChange } {
  const words = splitWords(text);
  const [ref, what, ...rest] = words;
  const bad = (message: string): never => {
    throw new DomainError('CLIENT.BAD_INPUT', message, clientExamples.consent);
  };
  const change = ((): ConsentChange | undefined => {
    switch (what?.toLowerCase()) {
      case undefined:
        return undefined;
      case 'name': {
        const firstName = rest[0] && unquote(rest[0]);
        if (!firstName || rest.length > 1 || !/^\p{L}[\p{L}'-]{0,29}$/u.test(firstName)) {
          return bad('Give one first name after "name" (no surname): it is used only in celebrations the person agreed to.');
        }
        return { kind: 'name', firstName };
      }
      case 'none':
        return { kind: 'none' };
      case 'no-celebrations':
        return { kind: 'celebrations', optOut: true };
      case 'celebrations':
        return { kind: 'celebrations', optOut: false };
      default:
        return bad('Say "name <first name>", "none", "no-celebrations" or "celebrations".');
    }
  })();
  if (change && change.kind !== 'name') tooMany(words, 2, clientExamples.consent);
  return { ...(ref ? { clientRef: ref } : {}), ...(change ? { change } : {}) };
}
