// What each /client action reads, for the typed line and the form alike.
import { z } from 'zod';
import type { ConsentChange } from '../../grammar/client-grammar.js';
import type { InputEnv } from '../command.js';
import { clientRef, date } from '../input-fields.js';
import { referInput } from '../refer/refer-input.js';

export function clientAddInput() {
  return z.object({
    person: referInput().shape.person,
    teamKey: z.string().optional(),
  });
}
export type ClientAddInput = z.output<ReturnType<typeof clientAddInput>>;

/** A person and the day something happened to them (today unless given). */
export function datedClientInput(what: string) {
  return (env: InputEnv) => z.object({ clientRef: clientRef(), on: date(env, what, 'past', 'past').default(env.today) });
}
export type DatedClientInput = z.output<ReturnType<ReturnType<typeof datedClientInput>>>;

export const clientRefInput = () => z.object({ clientRef: clientRef() });

const closeReasonMissing = 'Say why the case is closing (it goes in the outcomes return).';

export function clientCloseInput() {
  return z.object({
    clientRef: clientRef(),
    reason: z
      .string({ required_error: closeReasonMissing })
      .trim()
      .min(1, closeReasonMissing)
      .max(500, 'The reason is too long (500 characters at most).'),
  });
}

const consentChange: z.ZodType<ConsentChange> = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('name'), firstName: z.string() }),
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('celebrations'), optOut: z.boolean() }),
  ],
  { required_error: 'Say "name <first name>", "none", "no-celebrations" or "celebrations".' },
);

export function clientConsentInput() {
  return z.object({
    clientRef: clientRef(),
    change: consentChange,
  });
}
