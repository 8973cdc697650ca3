// /jobstart <client ref> <employer>, <role> <start date> [hours] [pay] [permanent|temporary|seasonal|agency|set-aside] [min-wage|below-min-wage] [existing] [quiet] [type <job type>]
// /jobstart update <client ref> [hours] [pay] [kind] [min-wage|below-min-wage] [type <job type>] [worked4 [on <date>]]
// /jobend <client ref> [date] [reason]
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import type { JobKind } from '../generated/prisma/enums.js';
import { datePhraseExamples, readDateStrictly } from './date-phrase.js';
import { readEmployerRole } from './employer-role.js';
import { isClientRef, readHours, readPay } from './job-terms.js';
import { normaliseClientRef, splitWords, unquote } from './words.js';

export const jobStartUsage =
  '/jobstart <client ref> <employer>, <role> <start date> [hours] [pay] [permanent|temporary|seasonal|agency|set-aside] [min-wage|below-min-wage] [existing] [quiet] [type <job type>]';
export const jobStartExample = '/jobstart SJ-14 Harbour Café, barista today 20h £12.60/h';
export const jobUpdateUsage =
  '/jobstart update <client ref> [hours] [pay] [kind] [min-wage|below-min-wage] [type <job type>] [worked4 [on <date>]]';
export const jobUpdateExample = '/jobstart update SJ-14 type hospitality worked4';
export const jobEndUsage = '/jobend <client ref> [on <end date>] [reason]';
export const jobEndExample = '/jobend SJ-14 today contract ended';

/** What a start or an update may say about the job, besides who, where and when. */
export interface JobTerms {
  hours?: number;
  pay?: string;
  jobType?: string;
  kind?: JobKind;
  minimumWage?: boolean;
}

export interface JobStartDraft extends JobTerms {
  clientRef: string;
  employer: string;
  role: string;
  /** Left out only for a job held at programme entry. */
  startOn?: LocalDate;
  retention: boolean;
  quiet: boolean;
}

export interface JobUpdateDraft extends JobTerms {
  clientRef: string;
  /** The first 4 hours of paid work were done (on this day, or the day logged). */
  worked4?: boolean;
  worked4On?: LocalDate;
}

export interface JobEndDraft {
  clientRef: string;
  endOn?: LocalDate;
  reason?: string;
}

const kindWords: Record<string, JobKind> = {
  permanent: 'permanent',
  temporary: 'temporary',
  temp: 'temporary',
  'fixed-term': 'temporary',
  seasonal: 'seasonal',
  agency: 'agency',
  'set-aside': 'set_aside',
  setaside: 'set_aside',
  sheltered: 'set_aside',
  transitional: 'set_aside',
  'non-competitive': 'set_aside',
  noncompetitive: 'set_aside',
};

const wageWords: Record<string, boolean> = {
  'min-wage': true,
  'minimum-wage': true,
  'below-min-wage': false,
  'below-minimum-wage': false,
  'under-min-wage': false,
};

/** A job held at programme entry: a retention case. */
const retentionWords = new Set(['existing', 'retention']);

function readClientRef(words: readonly string[], example: string): string {
  const first = words[0];
  if (first === undefined) throw new DomainError('JOB.BAD_INPUT', "Whose job? Start with the person's reference, like SJ-14.", example);
  if (!isClientRef(first))
    throw new DomainError('JOB.BAD_INPUT', `"${first}" is not a client reference: start with one like SJ-14.`, example);
  return normaliseClientRef(first);
}

/** Reads one of the job's terms at words[i] into `terms`; the number of words used, 0 when there is none there. */
function readTerm(words: readonly string[], i: number, terms: JobTerms, bad: (message: string) => never): number {
  const word = words[i]!.toLowerCase();
  const hours = readHours(words, i);
  const pay = readPay(words, i);
  const set = <K extends keyof JobTerms>(key: K, value: JobTerms[K], used: number) => {
    if (terms[key] !== undefined)
      bad(`"${words[i]}" says the ${key === 'jobType' ? 'job type' : key === 'minimumWage' ? 'pay level' : key} twice.`);
    terms[key] = value;
    return used;
  };
  if (hours) return set('hours', hours.value, hours.words);
  if (pay) return set('pay', pay.value, pay.words);
  if (kindWords[word]) return set('kind', kindWords[word], 1);
  if (word in wageWords) return set('minimumWage', wageWords[word], 1);
  if (word === 'type') {
    const type = words[i + 1];
    if (!type) bad('"type" needs a job type after it, like "type hospitality".');
    return set('jobType', unquote(type).toLowerCase(), 2);
  }
  return 0;
}

export function parseJobStart(text: string, today: LocalDate): JobStartDraft {
  const bad = (message: string): never => {
    throw new DomainError('JOBSTART.BAD_INPUT', message, jobStartExample);
  };
  const words = splitWords(text.trim());
  const clientRef = readClientRef(words, jobStartExample);
  // A bare weekday is the coming one: starts are usually logged ahead.
  const date = (i: number) => readDateStrictly(words.slice(i), today, 'future', jobStartExample);
  const lower = (i: number) => words[i]!.toLowerCase();
  const option = (i: number) =>
    Boolean(
      date(i) ||
      readHours(words, i) ||
      readPay(words, i) ||
      kindWords[lower(i)] ||
      lower(i) in wageWords ||
      retentionWords.has(lower(i)) ||
      ['quiet', 'type'].includes(lower(i)),
    );
  const head = readEmployerRole(words, 1, option);
  if (!head) bad('Give the employer and then the role, separated by a comma, before the start date.');
  const draft: JobStartDraft = { clientRef, employer: head!.employer, role: head!.role, retention: false, quiet: false };
  let i = head!.next;
  while (i < words.length) {
    const used = readTerm(words, i, draft, bad);
    const when = used ? undefined : date(i);
    if (used) {
      i += used;
    } else if (lower(i) === 'quiet') {
      draft.quiet = true;
      i++;
    } else if (retentionWords.has(lower(i))) {
      draft.retention = true;
      i++;
    } else if (when && !draft.startOn) {
      draft.startOn = when.date;
      i += when.words;
    } else {
      bad(
        `I didn't understand "${words[i]}". After the role come the start date, hours, pay, the kind of job (temporary, seasonal, agency, set-aside), "existing", "quiet" or "type <job type>".`,
      );
    }
  }
  if (!draft.startOn && !draft.retention)
    bad(
      `When does the job start? Dates can be: ${datePhraseExamples}. (A job held when the person joined: add "existing"; its date may be left out.)`,
    );
  return draft;
}

export function parseJobUpdate(text: string, today: LocalDate): JobUpdateDraft {
  const bad = (message: string): never => {
    throw new DomainError('JOBSTART.BAD_INPUT', message, jobUpdateExample);
  };
  const words = splitWords(text.trim());
  const draft: JobUpdateDraft = { clientRef: readClientRef(words, jobUpdateExample) };
  let i = 1;
  while (i < words.length) {
    const used = readTerm(words, i, draft, bad);
    if (used) {
      i += used;
      continue;
    }
    if (words[i]!.toLowerCase() !== 'worked4')
      bad(`I didn't understand "${words[i]}". Update the hours, pay, kind of job, "type <job type>" or "worked4".`);
    draft.worked4 = true;
    i++;
    if (words[i]?.toLowerCase() === 'on') {
      const when = readDateStrictly(words.slice(i + 1), today, 'past', jobUpdateExample);
      if (!when) bad(`I couldn't read a date after "on". Dates can be: ${datePhraseExamples}.`);
      draft.worked4On = when!.date;
      i += when!.words + 1;
    }
  }
  if (Object.keys(draft).length === 1) bad('What changed? Give the hours, pay, kind of job, "type <job type>" or "worked4".');
  return draft;
}

export function parseJobEnd(text: string, today: LocalDate): JobEndDraft {
  const words = splitWords(text.trim());
  const clientRef = readClientRef(words, jobEndExample);
  const draft: JobEndDraft = { clientRef };
  // "on 3/11" or a bare "3/11": the end date as typed, never left inside the reason.
  const on = words[1]?.toLowerCase() === 'on' ? 1 : 0;
  let i = 1 + on;
  const when = readDateStrictly(words.slice(i), today, 'past', jobEndExample);
  if (when) {
    draft.endOn = when.date;
    i += when.words;
  } else if (on) {
    throw new DomainError('JOB.BAD_INPUT', `I couldn't read the end date after "on". Dates can be: ${datePhraseExamples}.`, jobEndExample);
  }
  const reason = words.slice(i).map(unquote).join(' ').trim();
  if (reason) draft.reason = reason;
  return draft;
}
