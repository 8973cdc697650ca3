// /jobstart: a person starts work. The follow-along schedule follows from the
// start date (see services/follow-along.ts); the clinical team hears of it
// through the job.started event.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import type { CommandInput, CommandReply } from '../../core/invocation.js';
import { addLocalDays, describeDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { jobStartExample, jobStartUsage, parseJobStart, type JobStartDraft } from '../../grammar/job-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { findOrCreateEmployer } from '../../services/employers.js';
import { jobTypeOf } from '../../services/job-types.js';
import { createJob } from '../../services/jobs.js';
import { supportedIntoWorkMinHours } from '../../services/outcomes.js';
import { employerField, personField } from '../form-choices.js';
import type { CommandContext, CommandDefinition } from '../command.js';
import { jobStartForm, jobStartFromForm } from './jobstart-form.js';

/** A start logged further ahead than this is more likely a typo in the date. */
const maxDaysAhead = 120;

const schema = z.object({
  employer: z.string().trim().min(2, 'The employer name is too short.').max(120, 'The employer name is too long (120 characters at most).'),
  role: z
    .string()
    .trim()
    .min(2, 'The role is too short: say what the job is, like "barista".')
    .max(120, 'The role is too long (120 characters at most).'),
  hours: z.number().positive('Hours a week must be more than 0.').max(80, 'More than 80 hours a week? Check the hours.').optional(),
  jobType: z
    .string()
    .regex(/^[a-z][a-z -]{1,39}$/, 'A job type is a word or two, like "hospitality".')
    .optional(),
});

async function start(ctx: CommandContext, draft: JobStartDraft): Promise<CommandReply> {
  const { caller, tx } = ctx;
  const parsed = schema.safeParse(draft);
  if (!parsed.success) throw new DomainError('JOBSTART.INVALID', parsed.error.issues[0]!.message, jobStartExample);
  if (draft.startOn > addLocalDays(ctx.today, maxDaysAhead)) {
    throw new DomainError(
      'JOBSTART.TOO_FAR',
      `The start date ${draft.startOn} is more than ${maxDaysAhead} days ahead: check the date.`,
      jobStartExample,
    );
  }
  if (caller.organisationId === null)
    throw new DomainError('ROSTER.NO_UNIT', 'You are not in a vocational unit yet. Ask an admin to add you to one.');
  const client = await findClientForCaller(tx, caller, draft.clientRef, jobStartExample);
  if (client.status !== 'active') {
    throw new DomainError(
      'JOBSTART.NOT_ACTIVE',
      client.status === 'referred'
        ? `${client.ref} has no first meeting logged yet: log it first with /client met ${client.ref}, then the job start.`
        : `${client.ref}'s case is closed; a clinician can re-refer them.`,
      jobStartExample,
    );
  }
  const employer = await findOrCreateEmployer(tx, caller.organisationId, draft.employer);
  if (employer.created) await ctx.audit('employer.create', 'Employer', employer.id, { name: employer.name });
  const specialistId = client.specialistId ?? caller.id;
  const jobType = draft.jobType ?? jobTypeOf(draft.role);
  const job = await createJob(tx, {
    clientId: client.id,
    employerId: employer.id,
    specialistId,
    role: draft.role,
    jobType,
    startOn: draft.startOn,
    hours: draft.hours,
    pay: draft.pay,
    competitive: draft.competitive,
    permanent: draft.permanent,
    quiet: draft.quiet,
    loggedAt: ctx.now,
  });
  await ctx.audit('job.start', 'Job', job.id, { clientId: client.id, employerId: employer.id, startOn: draft.startOn, jobType });
  await ctx.emit({ type: 'job.started', jobId: job.id, clientId: client.id, specialistId, quiet: draft.quiet });

  const facts = [
    { label: 'Person', value: client.ref },
    { label: 'Job', value: `${draft.role} at ${employer.name}` },
    { label: 'Starts', value: describeDate(draft.startOn, ctx.today) },
    {
      label: 'Type',
      value: `${jobType}${draft.permanent ? '' : ', temporary'}${draft.competitive ? ', competitive' : ', not competitive'}`,
    },
    { label: 'Hours', value: draft.hours === undefined ? 'not given' : `${draft.hours} a week` },
  ];
  if (draft.pay) facts.push({ label: 'Pay', value: draft.pay });
  const hoursNote =
    draft.hours === undefined
      ? `Add the hours (e.g. 20h): a start counts as "supported into work" with ${supportedIntoWorkMinHours}+ hours a week.`
      : draft.hours >= supportedIntoWorkMinHours
        ? undefined
        : `Under ${supportedIntoWorkMinHours} hours a week: not counted as "supported into work" in outcome returns.`;
  return messageReply([
    { kind: 'heading', text: `Job start logged for ${client.ref}` },
    { kind: 'facts', facts },
    {
      kind: 'paragraph',
      text: `Follow-along: the bot reminds you to meet ${client.ref} face to face within 3 days of the start, weekly for the first month, then monthly for a year.`,
    },
    ...(hoursNote ? [{ kind: 'note' as const, text: hoursNote }] : []),
    {
      kind: 'note',
      text: draft.quiet
        ? 'Quiet: no celebration will be posted.'
        : `The clinical team is told, without a name unless ${client.ref} agreed to be named. Add "quiet" to hold it back.`,
    },
  ]);
}

async function form(ctx: CommandContext): Promise<CommandReply> {
  return { kind: 'form', form: jobStartForm(await personField(ctx, { required: true }), await employerField(ctx), ctx.today) };
}

async function run(ctx: CommandContext, input: CommandInput): Promise<CommandReply> {
  if (input.kind === 'form') return start(ctx, jobStartFromForm(input.values, ctx.today));
  const text = input.text.trim();
  if (text === '' || text.toLowerCase() === 'form') return form(ctx);
  if (text.toLowerCase() === 'help') {
    return messageReply([
      { kind: 'heading', text: '/jobstart' },
      { kind: 'list', items: jobstart.usage.slice() },
      { kind: 'note', text: `For example: ${jobStartExample}` },
    ]);
  }
  return start(ctx, parseJobStart(text, ctx.today));
}

export const jobstart: CommandDefinition = {
  name: 'jobstart',
  summary: 'Log a job start (competitive and permanent unless you say otherwise)',
  usage: [jobStartUsage, '/jobstart form'],
  examples: [jobStartExample, '/jobstart MT-21 Quayside Logistics, picker mon 16h temporary quiet'],
  roles: ['specialist', 'supervisor'],
  run,
};
