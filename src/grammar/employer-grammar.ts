// /employer <name> [address …] [phone …] [contact …] [type …] [jobs …] [hours …] [outcome …] [benefits [yes|no]]
//
// The name is every word up to the first field word (or a quoted name); each
// field's value runs to the next field word, so `phone 01234 567890 contact Jo
// Bloggs` is a phone number and a person. A value holding a field word goes in
// quotes: `outcome "call back about the type of roles"`.
import { DomainError } from '../core/domain-error.js';
import { isQuoted, splitWords, unquote } from './words.js';

export const employerUsage =
  '/employer <name> [address …] [phone …] [contact …] [type …] [jobs …] [hours …] [outcome …] [benefits [yes|no]]';
export const employerExample = '/employer "Harbour Café" phone 01234 567890 contact Jo Bloggs type hospitality';

export interface EmployerDraft {
  name: string;
  address?: string;
  phone?: string;
  contactPerson?: string;
  businessType?: string;
  jobTypes?: string;
  likelyHours?: string;
  outcome?: string;
  benefitsLiaison?: boolean;
}

type TextField = Exclude<keyof EmployerDraft, 'name' | 'benefitsLiaison'>;

/** The words that start a field, and the record field each fills. */
export const employerFieldWords: Record<string, TextField | 'benefitsLiaison'> = {
  address: 'address',
  phone: 'phone',
  tel: 'phone',
  contact: 'contactPerson',
  type: 'businessType',
  business: 'businessType',
  jobs: 'jobTypes',
  hours: 'likelyHours',
  outcome: 'outcome',
  benefits: 'benefitsLiaison',
};

const fieldAt = (words: readonly string[], i: number) =>
  isQuoted(words[i]!) ? undefined : employerFieldWords[words[i]!.toLowerCase().replace(/:$/, '')];

function bad(message: string): never {
  throw new DomainError('EMPLOYER.BAD_INPUT', message, employerExample);
}

export function parseEmployer(text: string): EmployerDraft {
  const words = splitWords(text.trim());
  let i = 0;
  const nameWords: string[] = [];
  for (; i < words.length && fieldAt(words, i) === undefined; i++) {
    nameWords.push(unquote(words[i]!));
    if (isQuoted(words[i]!)) {
      i++;
      break;
    }
  }
  const name = nameWords.join(' ').trim();
  if (!name) bad('Which employer? Start with its name (in quotes if it holds a word like "phone" or "type").');
  const draft: EmployerDraft = { name };
  while (i < words.length) {
    const field = fieldAt(words, i);
    if (field === undefined)
      bad(`After the name come fields: address, phone, contact, type, jobs, hours, outcome, benefits. "${words[i]}" is none of them.`);
    if (draft[field] !== undefined) bad(`"${words[i]}" appears twice: give each field once.`);
    const fieldWord = words[i]!;
    const value: string[] = [];
    for (i++; i < words.length && fieldAt(words, i) === undefined; i++) value.push(unquote(words[i]!));
    const typed = value.join(' ').trim();
    if (field === 'benefitsLiaison') {
      if (!['', 'yes', 'no'].includes(typed.toLowerCase())) bad(`"benefits" takes yes or no (or nothing, for yes), not "${typed}".`);
      draft.benefitsLiaison = typed.toLowerCase() !== 'no';
    } else {
      if (!typed) bad(`"${fieldWord}" needs a value after it.`);
      draft[field] = typed;
    }
  }
  return draft;
}
