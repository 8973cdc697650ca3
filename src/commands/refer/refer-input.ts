// What a referral is made of, for the typed line and the form alike.
import { z } from 'zod';
import { readReferPerson } from '../../grammar/refer-grammar.js';
import { notes } from '../input-fields.js';

export function referInput() {
  return z.object({
    person: z
      .string({ required_error: 'Who is being referred? Give their initials (a reference is made from them) or their reference.' })
      .trim()
      .transform((word, ctx) => {
        const person = readReferPerson(word);
        if (!('refused' in person)) return person;
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: person.refused });
        return z.NEVER;
      }),
    notes: notes(1000).optional(),
  });
}

export type ReferInput = z.output<ReturnType<typeof referInput>>;
