// What an employer contact is made of, for the typed line and the form alike.
import { z } from 'zod';
import type { InputEnv } from '../command.js';
import { clientRef, date, employerName, notes, oneOf, yesNo } from '../input-fields.js';

export const contactTypes = ['face_to_face', 'phone', 'email', 'visit'] as const;

export function contactInput(env: InputEnv) {
  return z
    .object({
      employer: employerName(),
      type: oneOf(contactTypes, 'the contact type').default('face_to_face'),
      clientRef: clientRef().optional(),
      contactedOn: date(env, 'the contact date', 'past', 'past').default(env.today),
      nextContactOn: date(env, 'the next contact date', 'future').optional(),
      benefitsLiaison: yesNo().default(false),
      details: notes().optional(),
    })
    .refine((c) => !c.nextContactOn || c.nextContactOn >= c.contactedOn, {
      message: 'The next contact is before this one: give a date after it.',
      path: ['nextContactOn'],
    });
}

export type ContactInput = z.output<ReturnType<typeof contactInput>>;
