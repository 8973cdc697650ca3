// The roster a service describes in one file: its vocational units, their
// clinical teams and staff, and the chat accounts linked to them. Importing it
// is how a real deployment is set up (the demo roster is only for trying out).
import { z } from 'zod';

const key = z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'keys are lower case letters, digits and dashes, like "northside"');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'times are HH:MM, like "15:00"');
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone, like "Europe/London" or "Pacific/Auckland"');

const StaffEntry = z
  .object({
    handle: key,
    name: z.string().trim().min(1),
    role: z.enum(['specialist', 'supervisor', 'clinician', 'admin']),
    /** Clinical team keys: up to two for a specialist, one for a clinician. */
    teams: z.array(key).default([]),
    champion: z.boolean().default(false),
    fte: z.number().positive().max(1).default(1),
    /** Chat accounts: Slack "T…/U…" (workspace/user), Teams "<tenant id>/<AAD object id>". */
    slack: z
      .string()
      .regex(/^[A-Z0-9]+\/[A-Z0-9]+$/, 'Slack accounts are "<team id>/<user id>", like "T0123/U0456"')
      .optional(),
    teamsAccount: z
      .string()
      .regex(/^[\w-]+\/[\w-]+$/, 'Teams accounts are "<tenant id>/<AAD object id>"')
      .optional(),
  })
  .refine((s) => s.role !== 'specialist' || s.teams.length <= 2, {
    message: 'a specialist is attached to at most 2 clinical teams',
    path: ['teams'],
  })
  .refine((s) => s.role !== 'clinician' || s.teams.length === 1, {
    message: 'a clinician belongs to exactly one clinical team',
    path: ['teams'],
  });

export const RosterFile = z.object({
  organisation: z.string().trim().min(1),
  units: z
    .array(
      z.object({
        key,
        name: z.string().trim().min(1),
        timeZone: timeZone.default('Europe/London'),
        /** ISO weekday of the weekly IPS team meeting, 1 = Monday. */
        meetingWeekday: z.number().int().min(1).max(7).default(2),
        agendaTime: time.default('15:00'),
        reminderTime: time.default('09:00'),
        clinicalTeams: z.array(z.object({ key, name: z.string().trim().min(1) })).min(1),
        staff: z.array(StaffEntry).min(1),
      }),
    )
    .min(1),
});

export type RosterFile = z.infer<typeof RosterFile>;
