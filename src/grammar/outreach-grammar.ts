// /outreach <client ref> <home|community|phone|letter|family|joint> [on <date>] [notes]
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import type { OutreachMethod } from '../generated/prisma/enums.js';
import { readDateStrictly } from './date-phrase.js';
import { isClientRef } from './job-terms.js';
import { normaliseClientRef, splitWords, unquote } from './words.js';

export const outreachUsage = '/outreach <client ref> <home|community|phone|letter|family|joint> [on <date>] [notes]';
export const outreachExample = '/outreach MT-21 home left a card, will try Thursday';

export const outreachMethodList = ['home', 'community', 'phone', 'letter', 'family', 'joint'] as const satisfies readonly OutreachMethod[];

const methodWords: Record<string, OutreachMethod> = {
  home: 'home',
  'home-visit': 'home',
  community: 'community',
  phone: 'phone',
  call: 'phone',
  text: 'phone',
  letter: 'letter',
  family: 'family',
  joint: 'joint',
};

export interface OutreachDraft {
  clientRef: string;
  method: OutreachMethod;
  attemptedOn?: LocalDate;
  notes?: string;
}

function bad(message: string): never {
  throw new DomainError('OUTREACH.BAD_INPUT', message, outreachExample);
}

export function parseOutreach(text: string, today: LocalDate): OutreachDraft {
  const words = splitWords(text.trim());
  if (!isClientRef(words[0])) bad("Start with the person's reference, like MT-21.");
  const method = methodWords[words[1]?.toLowerCase() ?? ''];
  if (!method) bad(`How was the outreach made? Say one of: ${outreachMethodList.join(', ')}.`);
  const draft: OutreachDraft = { clientRef: normaliseClientRef(words[0]!), method };
  let i = 2;
  if (words[i]?.toLowerCase() === 'on') {
    const when = readDateStrictly(words.slice(i + 1), today, 'past', outreachExample);
    if (when) {
      draft.attemptedOn = when.date;
      i += when.words + 1;
    }
  }
  const notes = words.slice(i).map(unquote).join(' ').trim();
  if (notes) draft.notes = notes;
  return draft;
}
