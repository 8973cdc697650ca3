// /jobend: a job ended. The person stays on the caseload whatever the reason
// (zero exclusion); a contact within 3 days is due (see services/follow-along.ts).
import { DomainError } from '../../core/domain-error.js';
import type { CommandInput, CommandReply } from '../../core/invocation.js';
import { addLocalDays, describeDate, fromDbDate, toDbDate, type LocalDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { dateValue, textValue, type FormValues } from '../../grammar/form-values.js';
import { jobEndExample, jobEndUsage, parseJobEnd, type JobEndDraft } from '../../grammar/job-grammar.js';
import { isClientRef } from '../../grammar/job-terms.js';
import { normaliseClientRef } from '../../grammar/words.js';
import { findClientForCaller } from '../../services/caseload.js';
import { openJobOf } from '../../services/jobs.js';
import { personField } from '../form-choices.js';
import type { CommandContext, CommandDefinition } from '../command.js';

async function end(ctx: CommandContext, draft: JobEndDraft): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, draft.clientRef, jobEndExample);
  const job = await openJobOf(ctx.tx, client.id);
  if (!job)
    throw new DomainError(
      'JOBEND.NO_JOB',
      `${client.ref} has no job that is still going. /client show ${client.ref} shows their jobs.`,
      jobEndExample,
    );
  const endOn = draft.endOn ?? ctx.today;
  const startOn = fromDbDate(job.startOn);
  if (endOn < startOn)
    throw new DomainError(
      'JOBEND.BEFORE_START',
      `That job started on ${describeDate(startOn, ctx.today)}: the end cannot be before it.`,
      jobEndExample,
    );
  if (endOn > ctx.today)
    throw new DomainError('JOBEND.FUTURE', 'That date is in the future: log a job end once it has happened.', jobEndExample);
  if (draft.reason && draft.reason.length > 500)
    throw new DomainError('JOBEND.INVALID', 'The reason is limited to 500 characters.', jobEndExample);
  await ctx.tx.job.update({ where: { id: job.id }, data: { endOn: toDbDate(endOn), endReason: draft.reason ?? null } });
  await ctx.audit('job.end', 'Job', job.id, { endOn, reason: draft.reason ?? null });
  await ctx.emit({ type: 'job.ended', jobId: job.id, clientId: client.id, specialistId: job.specialistId });
  return messageReply([
    { kind: 'heading', text: `Job end logged for ${client.ref}` },
    {
      kind: 'paragraph',
      text: `${job.role} at ${job.employer.name}, ${describeDate(startOn, ctx.today)} to ${describeDate(endOn, ctx.today)}${draft.reason ? ` (${draft.reason})` : ''}.`,
    },
    {
      kind: 'paragraph',
      text: `${client.ref} stays on your caseload. Get in touch by ${describeDate(addLocalDays(endOn, 3), ctx.today)} to talk about what they learned and the next job; the bot will remind you.`,
    },
    { kind: 'note', text: `Log it: /outreach ${client.ref} phone <notes>, or /contact <employer> f2f for ${client.ref}` },
  ]);
}

async function form(ctx: CommandContext): Promise<CommandReply> {
  return {
    kind: 'form',
    form: {
      command: 'jobend',
      title: 'Log a job end',
      submitLabel: 'Log job end',
      fields: [
        await personField(ctx, { required: true }),
        { name: 'date', label: 'Last day', kind: 'date', required: true, initial: ctx.today },
        { name: 'reason', label: 'Reason', kind: 'text', required: false, placeholder: 'Contract ended' },
      ],
    },
  };
}

function fromForm(values: FormValues, today: LocalDate): JobEndDraft {
  const ref = textValue(values, 'client');
  if (!ref || !isClientRef(ref))
    throw new DomainError('JOBEND.INVALID', 'Pick the person by their reference, like SJ-14.', jobEndExample, 'client');
  return {
    clientRef: normaliseClientRef(ref),
    endOn: dateValue(values, 'date', today, 'past', 'JOBEND.INVALID', jobEndExample),
    reason: textValue(values, 'reason'),
  };
}

async function run(ctx: CommandContext, input: CommandInput): Promise<CommandReply> {
  if (input.kind === 'form') return end(ctx, fromForm(input.values, ctx.today));
  const text = input.text.trim();
  if (text === '' || text.toLowerCase() === 'form') return form(ctx);
  if (text.toLowerCase() === 'help') {
    return messageReply([
      { kind: 'heading', text: '/jobend' },
      { kind: 'list', items: jobend.usage.slice() },
      { kind: 'note', text: `For example: ${jobEndExample}` },
    ]);
  }
  return end(ctx, parseJobEnd(text, ctx.today));
}

export const jobend: CommandDefinition = {
  name: 'jobend',
  summary: 'Log a job end; the person stays on the caseload',
  usage: [jobEndUsage, '/jobend form'],
  examples: [jobEndExample],
  roles: ['specialist', 'supervisor'],
  run,
};
