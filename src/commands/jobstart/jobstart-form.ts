// The /jobstart form and how its values become the same draft a typed line does.
import { DomainError } from '../../core/domain-error.js';
import type { LocalDate } from '../../core/local-date.js';
import type { FormField, FormSpec } from '../../core/message.js';
import { dateValue, hoursValue, textValue, type FormValues } from '../../grammar/form-values.js';
import { jobStartExample, type JobStartDraft } from '../../grammar/job-grammar.js';
import { isClientRef } from '../../grammar/job-terms.js';
import { normaliseClientRef } from '../../grammar/words.js';

export function jobStartForm(person: FormField, employer: FormField, today: LocalDate): FormSpec {
  const yesNo = [
    { value: 'no', label: 'No' },
    { value: 'yes', label: 'Yes' },
  ];
  return {
    command: 'jobstart',
    title: 'Log a job start',
    submitLabel: 'Log job start',
    fields: [
      person,
      employer,
      { name: 'role', label: 'Role', kind: 'text', required: true, placeholder: 'Barista' },
      { name: 'start', label: 'Start date', kind: 'date', required: true, initial: today },
      {
        name: 'hours',
        label: 'Hours a week',
        kind: 'text',
        required: false,
        placeholder: '20',
        hint: '4 or more counts as "supported into work".',
      },
      { name: 'pay', label: 'Pay', kind: 'text', required: false, placeholder: '£12.60/h' },
      { name: 'temporary', label: 'Temporary or fixed-term?', kind: 'choice', required: true, initial: 'no', options: yesNo },
      { name: 'quiet', label: 'Hold back the celebration?', kind: 'choice', required: true, initial: 'no', options: yesNo },
    ],
  };
}

export function jobStartFromForm(values: FormValues, today: LocalDate): JobStartDraft {
  const bad = (message: string, field: string): never => {
    throw new DomainError('JOBSTART.INVALID', message, jobStartExample, field);
  };
  const ref = textValue(values, 'client');
  if (!ref || !isClientRef(ref)) return bad('Pick the person by their reference, like SJ-14.', 'client');
  const startOn = dateValue(values, 'start', today, 'future', 'JOBSTART.INVALID', jobStartExample);
  if (!startOn) return bad('When does the job start?', 'start');
  return {
    clientRef: normaliseClientRef(ref),
    employer: values.employer ?? '',
    role: values.role ?? '',
    startOn,
    hours: hoursValue(values, 'hours', 'JOBSTART.INVALID', jobStartExample),
    pay: textValue(values, 'pay'),
    permanent: values.temporary !== 'yes',
    competitive: true,
    quiet: values.quiet === 'yes',
  };
}
