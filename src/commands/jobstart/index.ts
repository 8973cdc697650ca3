// /jobstart: a person starts work. The follow-along schedule follows from the
// start date (see services/follow-along.ts); the clinical team hears of it
// through the job.started event.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { jobStartExample, jobStartUsage, parseJobStart } from '../../grammar/job-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { findOrCreateEmployer } from '../../services/employers.js';
import { jobTypeOf } from '../../services/job-types.js';
import { createJob } from '../../services/jobs.js';
import { supportedIntoWorkMinHours } from '../../services/outcomes.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { jobStartInput, type JobStartInput } from './jobstart-input.js';

async function start(ctx: CommandContext, draft: JobStartInput): Promise<CommandReply> {
  const { caller, tx } = ctx;
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

export const jobstart = defineCommand('jobstart', 'Log a job start (competitive and permanent unless you say otherwise)', (action) => [
  action({
    words: '',
    summary: 'a person starts work: follow-along reminders and a celebration follow',
    usage: jobStartUsage,
    examples: [jobStartExample, '/jobstart MT-21 Quayside Logistics, picker mon 16h temporary quiet'],
    roles: ['specialist', 'supervisor'],
    input: jobStartInput,
    parse: (text, env) => parseJobStart(text, env.today),
    form: {
      title: 'Log a job start',
      submitLabel: 'Log job start',
      fields: [
        { name: 'clientRef', label: 'Person', kind: 'person' },
        { name: 'employer', label: 'Employer', kind: 'employer' },
        { name: 'role', label: 'Role', kind: 'text', placeholder: 'Barista' },
        { name: 'startOn', label: 'Start date', kind: 'date', initial: ({ today }) => today },
        { name: 'hours', label: 'Hours a week', kind: 'text', placeholder: '20', hint: '4 or more counts as "supported into work".' },
        { name: 'pay', label: 'Pay', kind: 'text', placeholder: '£12.60/h' },
        { name: 'permanent', label: 'Permanent?', kind: 'yesno', initial: 'yes' },
        { name: 'quiet', label: 'Hold back the celebration?', kind: 'yesno', initial: 'no' },
      ],
    },
    run: start,
  }),
]);
