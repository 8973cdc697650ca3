// One validation for both ways in: the typed line and the form.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import type { LocalDate } from '../../core/local-date.js';
import type { ContactType } from '../../generated/prisma/enums.js';
import { contactExample } from '../../grammar/contact-grammar.js';
import { readDatePhrase, datePhraseExamples } from '../../grammar/date-phrase.js';
import { clientRefPattern, normaliseClientRef } from '../../grammar/words.js';

export interface ContactInput {
  employer: string;
  type: ContactType;
  clientRef?: string;
  contactedOn: LocalDate;
  nextContactOn?: LocalDate;
  benefitsLiaison: boolean;
  details?: string;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-01.');

function schema(today: LocalDate) {
  return z
    .object({
      employer: z
        .string()
        .trim()
        .min(2, 'The employer name is too short.')
        .max(120, 'The employer name is too long (120 characters at most).'),
      type: z.enum(['face_to_face', 'phone', 'email', 'visit']).default('face_to_face'),
      clientRef: z
        .string()
        .trim()
        .regex(clientRefPattern, 'A person is named by their reference, like SJ-14.')
        .transform(normaliseClientRef)
        .optional(),
      contactedOn: isoDate
        .default(today)
        .refine((d) => d <= today, 'The contact date is in the future: log a contact once it has happened.'),
      nextContactOn: isoDate.optional(),
      benefitsLiaison: z.boolean().default(false),
      details: z.string().trim().max(2000, 'Notes are limited to 2,000 characters.').optional(),
    })
    .refine((c) => !c.nextContactOn || c.nextContactOn >= c.contactedOn, {
      message: 'The next contact is before this one: give a date after it.',
      path: ['nextContactOn'],
    });
}

/** Form field names, as the form declares them. */
export const contactFormFields = {
  employer: 'employer',
  type: 'type',
  clientRef: 'client',
  contactedOn: 'date',
  nextContactOn: 'next',
  details: 'notes',
} as const;

export function validateContact(raw: Record<string, unknown>, today: LocalDate): ContactInput {
  const parsed = schema(today).safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = issue.path[0] as keyof typeof contactFormFields | undefined;
  throw new DomainError('CONTACT.INVALID', issue.message, contactExample, key ? contactFormFields[key] : undefined);
}

/** Form values are strings; a date field may hold a typed phrase ("tue") on platforms without date pickers. */
export function contactFromForm(values: Record<string, string | undefined>, today: LocalDate): ContactInput {
  const date = (name: string, direction: 'future' | 'past') => {
    const value = values[name]?.trim();
    if (!value) return undefined;
    const phrase = readDatePhrase(value.split(/\s+/), today, direction);
    if (!phrase)
      throw new DomainError(
        'CONTACT.INVALID',
        `I couldn't read the date "${value}". Dates can be: ${datePhraseExamples}.`,
        contactExample,
        name,
      );
    return phrase.date;
  };
  return validateContact(
    {
      employer: values.employer ?? '',
      type: values.type || undefined,
      clientRef: values.client || undefined,
      contactedOn: date('date', 'past'),
      nextContactOn: date('next', 'future'),
      benefitsLiaison: values.benefits === 'yes',
      details: values.notes || undefined,
    },
    today,
  );
}
