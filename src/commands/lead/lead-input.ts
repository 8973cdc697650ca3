// One validation for both ways in: the typed line and the form.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import { leadExample, type LeadDraft } from '../../grammar/lead-grammar.js';
import { hoursValue, textValue, type FormValues } from '../../grammar/form-values.js';
import { isClientRef } from '../../grammar/job-terms.js';
import { normaliseClientRef } from '../../grammar/words.js';

const schema = z.object({
  employer: z.string().trim().min(2, 'The employer name is too short.').max(120, 'The employer name is too long (120 characters at most).'),
  role: z
    .string()
    .trim()
    .min(2, 'The role is too short: say what the job is, like "barista".')
    .max(120, 'The role is too long (120 characters at most).'),
  hours: z.number().positive('Hours a week must be more than 0.').max(80, 'More than 80 hours a week? Check the hours.').optional(),
  pay: z.string().trim().max(40, 'The pay is too long (40 characters at most).').optional(),
  clientRefs: z.array(z.string()).max(20, 'A lead can be noted for 20 people at most.'),
  notes: z.string().trim().max(2000, 'Notes are limited to 2,000 characters.').optional(),
});

/** Form field names, as the form declares them. */
export const leadFormFields = {
  employer: 'employer',
  role: 'role',
  hours: 'hours',
  pay: 'pay',
  clientRefs: 'clients',
  notes: 'notes',
} as const;

export function validateLead(draft: LeadDraft): LeadDraft {
  const parsed = schema.safeParse(draft);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = issue.path[0] as keyof typeof leadFormFields | undefined;
  throw new DomainError('LEAD.INVALID', issue.message, leadExample, key ? leadFormFields[key] : undefined);
}

export function leadFromForm(values: FormValues): LeadDraft {
  const refs = (values.clients ?? '').split(/[\s,;]+/).filter(Boolean);
  const wrong = refs.find((r) => !isClientRef(r));
  if (wrong) throw new DomainError('LEAD.INVALID', `"${wrong}" is not a client reference; they look like SJ-14.`, leadExample, 'clients');
  return validateLead({
    employer: values.employer ?? '',
    role: values.role ?? '',
    hours: hoursValue(values, 'hours', 'LEAD.INVALID', leadExample),
    pay: textValue(values, 'pay'),
    clientRefs: [...new Set(refs.map(normaliseClientRef))],
    notes: textValue(values, 'notes'),
  });
}
