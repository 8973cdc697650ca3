// What each /client action reads, for the typed line and the form alike.
import { z } from 'zod';
import type { ConsentChange } from '../../grammar/client-grammar.js';
import type { InputEnv } from '../command.js';
import { clientRef, date } from '../input-fields.js';
import { referInput } from '../refer/refer-input.js';

export function clientAddInput(env: InputEnv) {
  return z.object({
    person: referInput().shape.person,
    teamKey: z.string().optional(),
    /** An existing caseload is entered with its history: the referral may be in the past. */
    referredOn: date(env, 'the referral date', 'past', 'past').default(env.today),
  });
}
export type ClientAddInput = z.output<ReturnType<typeof clientAddInput>>;

/** A person and the day something happened to them (today unless given). */
export function datedClientInput(what: string) {
  return (env: InputEnv) => z.object({ clientRef: clientRef(), on: date(env, what, 'past', 'past').default(env.today) });
}
export type DatedClientInput = z.output<ReturnType<ReturnType<typeof datedClientInput>>>;

export const clientRefInput = () => z.object({ clientRef: clientRef() });

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
