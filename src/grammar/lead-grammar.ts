// /lead <employer>, <role> [hours] [pay] [for <client ref>…] [notes]
import { DomainError } from '../core/domain-error.js';
import { readEmployerRole } from './employer-role.js';
import { readForRefs, readHours, readPay } from './job-terms.js';
import { splitWords, unquote } from './words.js';

export const leadUsage = '/lead <employer>, <role> [hours] [pay] [for <client ref>…] [notes]';
export const leadExample = '/lead Harbour Café, barista 20h £12.60/h for SJ-14 weekend shifts, ask for Maria';

export interface LeadDraft {
  employer: string;
  role: string;
  hours?: number;
  pay?: string;
  clientRefs: string[];
  notes?: string;
}

/** A dash or "notes:" starts the notes when no option comes before them. */
const notesMarker = /^(-|–|notes?:)$/i;

function bad(message: string): never {
  throw new DomainError('LEAD.BAD_INPUT', message, leadExample);
}

export function parseLead(text: string): LeadDraft {
  const words = splitWords(text.trim());
  const option = (i: number) => Boolean(readHours(words, i) || readPay(words, i) || readForRefs(words, i) || notesMarker.test(words[i]!));
  const head = readEmployerRole(words, 0, option);
  if (!head) bad('Give the employer and then the role, separated by a comma.');
  const draft: LeadDraft = { employer: head.employer, role: head.role, clientRefs: [] };
  let i = head.next;
  for (;;) {
    const hours = readHours(words, i);
    const pay = !hours ? readPay(words, i) : undefined;
    const refs = !hours && !pay ? readForRefs(words, i) : undefined;
    if (hours) {
      if (draft.hours !== undefined) bad('The hours appear twice: give them once, like 20h.');
      draft.hours = hours.value;
      i += hours.words;
    } else if (pay) {
      if (draft.pay !== undefined) bad('The pay appears twice: give it once, like £12.60/h.');
      draft.pay = pay.value;
      i += pay.words;
    } else if (refs) {
      draft.clientRefs.push(...refs.value.filter((r) => !draft.clientRefs.includes(r)));
      i += refs.words;
    } else break;
  }
  if (words[i] && notesMarker.test(words[i]!)) i++;
  const notes = words.slice(i).map(unquote).join(' ').trim();
  if (notes) draft.notes = notes;
  return draft;
}
