// /jobstart <client ref> <employer>, <role> <start date> [hours] [pay] [temporary] [non-competitive] [quiet] [type <job type>]
// /jobend <client ref> [date] [reason]
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { datePhraseExamples, readDateStrictly } from './date-phrase.js';
import { readEmployerRole } from './employer-role.js';
import { isClientRef, readHours, readPay } from './job-terms.js';
import { normaliseClientRef, splitWords, unquote } from './words.js';

export const jobStartUsage = '/jobstart <client ref> <employer>, <role> <start date> [hours] [pay] [temporary] [quiet] [type <job type>]';
export const jobStartExample = '/jobstart SJ-14 Harbour Café, barista today 20h £12.60/h';
export const jobEndUsage = '/jobend <client ref> [date] [reason]';
export const jobEndExample = '/jobend SJ-14 today contract ended';

export interface JobStartDraft {
  clientRef: string;
  employer: string;
  role: string;
  startOn: LocalDate;
  hours?: number;
  pay?: string;
  jobType?: string;
  permanent: boolean;
  competitive: boolean;
  quiet: boolean;
}

export interface JobEndDraft {
  clientRef: string;
  endOn?: LocalDate;
  reason?: string;
}

const flagWords = {
  temporary: 'temporary',
  temp: 'temporary',
  seasonal: 'temporary',
  'fixed-term': 'temporary',
  'non-competitive': 'noncompetitive',
  noncompetitive: 'noncompetitive',
  'set-aside': 'noncompetitive',
  sheltered: 'noncompetitive',
  quiet: 'quiet',
} as const;
type Flag = (typeof flagWords)[keyof typeof flagWords];

function flagAt(words: readonly string[], i: number): Flag | undefined {
  return (flagWords as Record<string, Flag>)[words[i]?.toLowerCase() ?? ''];
}

function readClientRef(words: readonly string[], example: string): string {
  const first = words[0];
  if (first === undefined) throw new DomainError('JOB.BAD_INPUT', "Whose job? Start with the person's reference, like SJ-14.", example);
  if (!isClientRef(first))
    throw new DomainError('JOB.BAD_INPUT', `"${first}" is not a client reference: start with one like SJ-14.`, example);
  return normaliseClientRef(first);
}

function bad(message: string): never {
  throw new DomainError('JOBSTART.BAD_INPUT', message, jobStartExample);
}

export function parseJobStart(text: string, today: LocalDate): JobStartDraft {
  const words = splitWords(text.trim());
  const clientRef = readClientRef(words, jobStartExample);
  // A bare weekday is the coming one: starts are usually logged ahead.
  const date = (i: number) => readDateStrictly(words.slice(i), today, 'future', jobStartExample);
  const option = (i: number) =>
    Boolean(date(i) || readHours(words, i) || readPay(words, i) || flagAt(words, i) || words[i]!.toLowerCase() === 'type');
  const head = readEmployerRole(words, 1, option);
  if (!head) bad('Give the employer and then the role, separated by a comma, before the start date.');
  const draft: Partial<JobStartDraft> & Pick<JobStartDraft, 'permanent' | 'competitive' | 'quiet'> = {
    permanent: true,
    competitive: true,
    quiet: false,
  };
  let i = head.next;
  while (i < words.length) {
    const word = words[i]!;
    const hours = readHours(words, i);
    const pay = readPay(words, i);
    const flag = flagAt(words, i);
    const when = date(i);
    if (hours) {
      draft.hours = hours.value;
      i += hours.words;
    } else if (pay) {
      draft.pay = pay.value;
      i += pay.words;
    } else if (flag) {
      if (flag === 'temporary') draft.permanent = false;
      else if (flag === 'noncompetitive') draft.competitive = false;
      else draft.quiet = true;
      i++;
    } else if (word.toLowerCase() === 'type') {
      const type = words[i + 1];
      if (!type) bad('"type" needs a job type after it, like "type hospitality".');
      draft.jobType = unquote(type).toLowerCase();
      i += 2;
    } else if (when && !draft.startOn) {
      draft.startOn = when.date;
      i += when.words;
    } else {
      bad(`I didn't understand "${word}". After the role come the start date, hours, pay, "temporary", "quiet" or "type <job type>".`);
    }
  }
  if (!draft.startOn) bad(`When does the job start? Dates can be: ${datePhraseExamples}.`);
  return { ...draft, clientRef, employer: head.employer, role: head.role, startOn: draft.startOn };
}

export function parseJobEnd(text: string, today: LocalDate): JobEndDraft {
  const words = splitWords(text.trim());
  const clientRef = readClientRef(words, jobEndExample);
  const draft: JobEndDraft = { clientRef };
  let i = 1;
  const when = readDateStrictly(words.slice(i), today, 'past', jobEndExample);
  if (when) {
    draft.endOn = when.date;
    i += when.words;
  }
  const reason = words.slice(i).map(unquote).join(' ').trim();
  if (reason) draft.reason = reason;
  return draft;
}
