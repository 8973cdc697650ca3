// The /outreach form and how its values become the same draft a typed line does.
import { DomainError } from '../../core/domain-error.js';
import type { LocalDate } from '../../core/local-date.js';
import type { FormField, FormSpec } from '../../core/message.js';
import type { OutreachMethod } from '../../generated/prisma/enums.js';
import { dateValue, textValue, type FormValues } from '../../grammar/form-values.js';
import { isClientRef } from '../../grammar/job-terms.js';
import { outreachExample, outreachMethods, type OutreachDraft } from '../../grammar/outreach-grammar.js';
import { normaliseClientRef } from '../../grammar/words.js';

export function outreachForm(person: FormField, today: LocalDate): FormSpec {
  return {
    command: 'outreach',
    title: 'Log an outreach attempt',
    submitLabel: 'Log outreach',
    fields: [
      person,
      { name: 'method', label: 'How', kind: 'choice', required: true, options: outreachMethods.map((m) => ({ value: m, label: m })) },
      { name: 'date', label: 'Date', kind: 'date', required: true, initial: today },
      { name: 'notes', label: 'Notes', kind: 'multiline', required: false, placeholder: 'Left a card; will try Thursday.' },
    ],
  };
}

export function outreachFromForm(values: FormValues, today: LocalDate): OutreachDraft {
  const ref = textValue(values, 'client');
  if (!ref || !isClientRef(ref))
    throw new DomainError('OUTREACH.INVALID', 'Pick the person by their reference, like MT-21.', outreachExample, 'client');
  const method = textValue(values, 'method');
  if (!method || !outreachMethods.includes(method as OutreachMethod)) {
    throw new DomainError(
      'OUTREACH.INVALID',
      `How was the outreach made? Say one of: ${outreachMethods.join(', ')}.`,
      outreachExample,
      'method',
    );
  }
  return {
    clientRef: normaliseClientRef(ref),
    method: method as OutreachMethod,
    attemptedOn: dateValue(values, 'date', today, 'past', 'OUTREACH.INVALID', outreachExample),
    notes: textValue(values, 'notes'),
  };
}
