// /jobstart: a person starts work, or already held a job at programme entry
// (a retention case: follow-along, but never a job start). The follow-along
// schedule follows from the start date (see services/follow-along.ts); the
// clinical team hears of a new start through the job.started event.
// /jobstart update fills in what was missing: hours, pay, the kind or type of
// job, and the day the first 4 hours of paid work were done.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, fromDbDate, toDbDate, type LocalDate } from '../../core/local-date.js';
import type { Block } from '../../core/message.js';
import { messageReply } from '../../core/reply.js';
import type { JobKind } from '../../generated/prisma/enums.js';
import {
  jobStartExample,
  jobStartUsage,
  jobUpdateExample,
  jobUpdateUsage,
  parseJobStart,
  parseJobUpdate,
} from '../../grammar/job-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { findOrCreateEmployer } from '../../services/employers.js';
import { competitiveRule, isCompetitive, jobKindLabels, jobKinds } from '../../services/job-kinds.js';
import { describeJobType, jobTypeKeys, jobTypeOf, jobTypes } from '../../services/job-types.js';
import { createJob, latestJobOf } from '../../services/jobs.js';
import { jobRetentionMaxShare, supportedIntoWorkMinHours } from '../../services/outcomes.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { jobStartInput, jobUpdateInput, type JobStartInput, type JobUpdateInput } from './jobstart-input.js';

interface ShownJob {
  ref: string;
  kind: JobKind;
  minimumWage: boolean | null;
  jobType: string;
  hours: number | null;
  pay: string | null;
  firstHoursOn: LocalDate | null;
}

/** The facts every job reply shows, and the notes that ask for what is missing. */
function termsOf(job: ShownJob, typeGuessed: boolean, today: LocalDate) {
  const facts = [
    {
      label: 'Kind',
      value: `${jobKindLabels[job.kind]}, ${isCompetitive(job) ? 'competitive' : 'not competitive'}${job.minimumWage === null ? ' (pay against the minimum wage not said)' : ''}`,
    },
    { label: 'Job type', value: `${describeJobType(job.jobType)}${typeGuessed ? ', guessed from the role' : ''}` },
    { label: 'Hours', value: job.hours === null ? 'hours missing' : `${job.hours} a week` },
  ];
  if (job.pay) facts.push({ label: 'Pay', value: job.pay });
  if (job.firstHoursOn)
    facts.push({ label: `First ${supportedIntoWorkMinHours} hours worked`, value: describeDate(job.firstHoursOn, today) });
  const notes: string[] = [];
  if (typeGuessed)
    notes.push(
      `Job type guessed from the role: right? If not, /jobstart update ${job.ref} type <type>, one of: ${jobTypeKeys.join(', ')}.`,
    );
  if (job.hours === null && job.firstHoursOn === null)
    notes.push(
      `Hours missing: the start is kept and counted, but not as "supported into work" until you add the hours (/jobstart update ${job.ref} 16h) or record the first ${supportedIntoWorkMinHours} hours worked (/jobstart update ${job.ref} worked4).`,
    );
  if (job.minimumWage === null)
    notes.push(
      `Is the pay at least the minimum wage? /jobstart update ${job.ref} min-wage (or below-min-wage). Item 21: ${competitiveRule}.`,
    );
  return { facts, notes };
}

async function start(ctx: CommandContext, draft: JobStartInput): Promise<CommandReply> {
  const { caller, tx } = ctx;
  if (caller.organisationId === null)
    throw new DomainError('ROSTER.NO_UNIT', 'You are not in a vocational unit yet. Ask an admin to add you to one.');
  const client = await findClientForCaller(tx, caller, draft.clientRef, jobStartExample);
  const row = await tx.client.findUniqueOrThrow({ where: { id: client.id }, select: { programmeEntryOn: true } });
  if (client.status !== 'active' || row.programmeEntryOn === null) {
    throw new DomainError(
      'JOBSTART.NOT_ACTIVE',
      client.status === 'closed'
        ? `${client.ref}'s case is closed; a clinician can re-refer them.`
        : `${client.ref} has no first meeting logged yet: log it first with /client met ${client.ref}, then the job start.`,
      jobStartExample,
    );
  }
  const entry = fromDbDate(row.programmeEntryOn);
  if (draft.retention && draft.startOn !== undefined && draft.startOn > entry)
    throw new DomainError(
      'JOBSTART.NOT_RETENTION',
      `${client.ref} joined on ${describeDate(entry, ctx.today)}: a job starting after that is a job start, not one held at entry. Leave out "existing" (in the form: answer no, or clear the start date).`,
      jobStartExample,
      'retention',
    );
  // A retention case may leave the date out: the person was in that job on the day they joined.
  const startOn = draft.startOn ?? entry;
  const employer = await findOrCreateEmployer(tx, caller.organisationId, draft.employer);
  if (employer.created) await ctx.audit('employer.create', 'Employer', employer.id, { name: employer.name });
  const specialistId = client.specialistId ?? caller.id;
  const jobType = draft.jobType ?? jobTypeOf(draft.role);
  const kind = draft.kind ?? 'permanent';
  // A job held at entry is not news to celebrate.
  const quiet = draft.quiet || draft.retention;
  const job = await createJob(tx, {
    clientId: client.id,
    employerId: employer.id,
    specialistId,
    role: draft.role,
    jobType,
    startOn,
    hours: draft.hours,
    pay: draft.pay,
    kind,
    minimumWage: draft.minimumWage,
    retention: draft.retention,
    quiet,
    loggedAt: ctx.now,
  });
  await ctx.audit('job.start', 'Job', job.id, {
    clientId: client.id,
    employerId: employer.id,
    startOn,
    jobType,
    kind,
    retention: draft.retention,
    hoursMissing: draft.hours === undefined,
  });
  if (!draft.retention) await ctx.emit({ type: 'job.started', jobId: job.id, clientId: client.id, specialistId, quiet });

  const terms = termsOf(
    {
      ref: client.ref,
      kind,
      minimumWage: draft.minimumWage ?? null,
      jobType,
      hours: draft.hours ?? null,
      pay: draft.pay ?? null,
      firstHoursOn: null,
    },
    draft.jobType === undefined,
    ctx.today,
  );
  const blocks: Block[] = [
    {
      kind: 'heading',
      text: draft.retention ? `Job held at entry logged for ${client.ref} (retention)` : `Job start logged for ${client.ref}`,
    },
    {
      kind: 'facts',
      facts: [
        { label: 'Person', value: client.ref },
        { label: 'Job', value: `${draft.role} at ${employer.name}` },
        {
          label: draft.retention ? 'Started' : 'Starts',
          value: draft.startOn ? describeDate(draft.startOn, ctx.today) : 'before joining (date not given)',
        },
        ...terms.facts,
      ],
    },
    {
      kind: 'paragraph',
      text: `Follow-along: the bot reminds you to meet ${client.ref} face to face ${draft.retention ? 'weekly for the first month from today' : 'within 3 days of the start, weekly for the first month'}, then monthly for a year.`,
    },
    ...terms.notes.map((text) => ({ kind: 'note' as const, text })),
    {
      kind: 'note',
      text: draft.retention
        ? `A retention case: not a job start in any figure and not celebrated; counted in the job retention share (IPS Grow: at most ${jobRetentionMaxShare * 100}% of the caseload).`
        : quiet
          ? 'Quiet: no celebration will be posted.'
          : `The clinical team is told, without a name unless ${client.ref} agreed to be named. Add "quiet" to hold it back.`,
    },
  ];
  return messageReply(blocks);
}

async function update(ctx: CommandContext, draft: JobUpdateInput): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, draft.clientRef, jobUpdateExample);
  const job = await latestJobOf(ctx.tx, client.id);
  if (!job)
    throw new DomainError('JOBSTART.NO_JOB', `${client.ref} has no job logged. Log one first: ${jobStartExample}`, jobUpdateExample);
  const startOn = fromDbDate(job.startOn);
  const worked4On = draft.worked4On ?? (draft.worked4 ? ctx.today : undefined);
  if (worked4On !== undefined && worked4On < startOn)
    throw new DomainError(
      'JOBSTART.WORKED_BEFORE_START',
      `That job started on ${describeDate(startOn, ctx.today)}: the first ${supportedIntoWorkMinHours} hours cannot be done before it.`,
      jobUpdateExample,
      'worked4On',
    );
  const updated = await ctx.tx.job.update({
    where: { id: job.id },
    data: {
      ...(draft.hours !== undefined ? { hoursPerWeek: draft.hours } : {}),
      ...(draft.pay !== undefined ? { pay: draft.pay } : {}),
      ...(draft.jobType !== undefined ? { jobType: draft.jobType } : {}),
      ...(draft.kind !== undefined ? { kind: draft.kind } : {}),
      ...(draft.minimumWage !== undefined ? { minimumWage: draft.minimumWage } : {}),
      ...(worked4On !== undefined ? { firstHoursOn: toDbDate(worked4On) } : {}),
    },
  });
  await ctx.audit('job.update', 'Job', job.id, { ...draft, worked4On: worked4On ?? null });
  const terms = termsOf(
    {
      ref: client.ref,
      kind: updated.kind,
      minimumWage: updated.minimumWage,
      jobType: updated.jobType,
      hours: updated.hoursPerWeek === null ? null : Number(updated.hoursPerWeek),
      pay: updated.pay,
      firstHoursOn: updated.firstHoursOn && fromDbDate(updated.firstHoursOn),
    },
    false,
    ctx.today,
  );
  return messageReply([
    { kind: 'heading', text: `Job updated for ${client.ref}` },
    {
      kind: 'facts',
      facts: [{ label: 'Job', value: `${job.role} at ${job.employer.name}, from ${describeDate(startOn, ctx.today)}` }, ...terms.facts],
    },
    ...terms.notes.map((text) => ({ kind: 'note' as const, text })),
  ]);
}

const roles = ['specialist', 'supervisor'] as const;
const kindOptions = jobKinds.map((value) => ({ value, label: jobKindLabels[value] }));
const typeOptions = jobTypes.map((t) => ({ value: t.key, label: `${t.label} (SOC ${t.soc})` }));

export const jobstart = defineCommand('jobstart', 'Log a job start, or a job held when the person joined', (action) => [
  action({
    words: '',
    summary: 'a person starts work (or held a job at entry: "existing"): follow-along reminders and a celebration follow',
    usage: jobStartUsage,
    examples: [
      jobStartExample,
      '/jobstart MT-21 Quayside Logistics, picker mon 16h seasonal quiet',
      '/jobstart LW-18 Harbour Café, kitchen porter existing 12h',
    ],
    roles,
    input: jobStartInput,
    parse: (text, env) => parseJobStart(text, env.today),
    form: {
      title: 'Log a job start',
      submitLabel: 'Log job start',
      fields: [
        { name: 'clientRef', label: 'Person', kind: 'person' },
        { name: 'employer', label: 'Employer', kind: 'employer' },
        { name: 'role', label: 'Role', kind: 'text', placeholder: 'Barista' },
        {
          name: 'retention',
          label: 'Held when the person joined (retention)?',
          kind: 'yesno',
          initial: 'no',
          hint: 'A retention case gets follow-along but is not a job start; its start date may be left empty.',
        },
        { name: 'startOn', label: 'Start date', kind: 'date', initial: ({ today }) => today },
        { name: 'hours', label: 'Hours a week', kind: 'text', placeholder: '20', hint: 'Needed for "supported into work" (4 hours done).' },
        { name: 'pay', label: 'Pay', kind: 'text', placeholder: '£12.60/h' },
        { name: 'minimumWage', label: 'At least the minimum wage?', kind: 'yesno', initial: 'yes' },
        { name: 'kind', label: 'Kind of job', kind: 'choice', initial: 'permanent', options: kindOptions, hint: competitiveRule },
        { name: 'jobType', label: 'Job type', kind: 'choice', options: typeOptions, hint: 'Leave empty to have it guessed from the role.' },
        { name: 'quiet', label: 'Hold back the celebration?', kind: 'yesno', initial: 'no' },
      ],
    },
    run: start,
  }),
  action({
    words: 'update',
    summary: `fill in or correct the latest job: hours, pay, kind, job type, or the first ${supportedIntoWorkMinHours} hours worked ("worked4")`,
    usage: jobUpdateUsage,
    examples: [jobUpdateExample, '/jobstart update MT-21 16h min-wage', '/jobstart update SJ-14 worked4 on yesterday'],
    roles,
    input: jobUpdateInput,
    parse: (text, env) => parseJobUpdate(text, env.today),
    form: {
      title: 'Update a job',
      submitLabel: 'Update job',
      fields: [
        { name: 'clientRef', label: 'Person', kind: 'person', hint: 'Their latest job is updated.' },
        { name: 'hours', label: 'Hours a week', kind: 'text', placeholder: '20' },
        { name: 'pay', label: 'Pay', kind: 'text', placeholder: '£12.60/h' },
        { name: 'minimumWage', label: 'At least the minimum wage?', kind: 'yesno' },
        { name: 'kind', label: 'Kind of job', kind: 'choice', options: kindOptions },
        { name: 'jobType', label: 'Job type', kind: 'choice', options: typeOptions },
        { name: 'worked4', label: `First ${supportedIntoWorkMinHours} hours of paid work done?`, kind: 'yesno', initial: 'no' },
        { name: 'worked4On', label: 'Done on', kind: 'date', hint: 'Empty: today.' },
      ],
    },
    run: update,
  }),
]);
