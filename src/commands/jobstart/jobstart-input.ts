// What a job start is made of, for the typed line and the form alike.
import { z } from 'zod';
import { addLocalDays } from '../../core/local-date.js';
import type { InputEnv } from '../command.js';
import { clientRef, date, employerName, hoursPerWeek, text, yesNo } from '../input-fields.js';

/** A start logged further ahead than this is more likely a typo in the date. */
const maxDaysAhead = 120;

export function jobStartInput(env: InputEnv) {
  return z.object({
    clientRef: clientRef(),
    employer: employerName(),
    role: text('The role', 120, 2),
    // A bare weekday is the coming one: starts are usually logged ahead.
    startOn: date(env, 'the start date', 'future').refine(
      (on) => on <= addLocalDays(env.today, maxDaysAhead),
      `The start date is more than ${maxDaysAhead} days ahead: check the date.`,
    ),
    hours: hoursPerWeek().optional(),
    pay: text('The pay', 40).optional(),
    jobType: z
      .string()
      .regex(/^[a-z][a-z -]{1,39}$/, 'A job type is a word or two, like "hospitality".')
      .optional(),
    permanent: yesNo().default(true),
    competitive: yesNo().default(true),
    quiet: yesNo().default(false),
  });
}

export type JobStartInput = z.output<ReturnType<typeof jobStartInput>>;
