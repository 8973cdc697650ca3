// What a job start (and a later update to it) is made of, for the typed line and the form alike.
import { z } from 'zod';
import { addLocalDays } from '../../core/local-date.js';
import { jobKinds } from '../../services/job-kinds.js';
import { jobTypeKeys } from '../../services/job-types.js';
import type { InputEnv } from '../command.js';
import { clientRef, date, employerName, hoursPerWeek, oneOf, text, yesNo } from '../input-fields.js';

/** A start logged further ahead than this is more likely a typo in the date. */
const maxDaysAhead = 120;

/** The terms a start and an update share. */
function jobTerms() {
  return {
    hours: hoursPerWeek().optional(),
    pay: text('The pay', 40).optional(),
    jobType: oneOf(jobTypeKeys, 'the job type').optional(),
    kind: oneOf(jobKinds, 'the kind of job').optional(),
    minimumWage: yesNo().optional(),
  };
}

export function jobStartInput(env: InputEnv) {
  return z
    .object({
      clientRef: clientRef(),
      employer: employerName(),
      role: text('The role', 120, 2),
      // A bare weekday is the coming one: starts are usually logged ahead.
      startOn: date(env, 'the start date', 'future')
        .refine(
          (on) => on <= addLocalDays(env.today, maxDaysAhead),
          `The start date is more than ${maxDaysAhead} days ahead: check the date.`,
        )
        .optional(),
      ...jobTerms(),
      retention: yesNo().default(false),
      quiet: yesNo().default(false),
    })
    .refine((j) => j.startOn !== undefined || j.retention, {
      message: 'When does the job start? Only a job held when the person joined (retention) may leave the date out.',
      path: ['startOn'],
    });
}

export type JobStartInput = z.output<ReturnType<typeof jobStartInput>>;

export function jobUpdateInput(env: InputEnv) {
  return z
    .object({
      clientRef: clientRef(),
      ...jobTerms(),
      worked4: yesNo().default(false),
      worked4On: date(env, 'the day the first 4 hours were done', 'past', 'past').optional(),
    })
    .refine((u) => u.worked4 || [u.hours, u.pay, u.jobType, u.kind, u.minimumWage, u.worked4On].some((v) => v !== undefined), {
      message: 'What changed? Give the hours, pay, kind of job, job type, or that the first 4 hours were worked.',
      path: ['hours'],
    });
}

export type JobUpdateInput = z.output<ReturnType<typeof jobUpdateInput>>;
