// /jobend: a job ended. The person stays on the caseload whatever the reason
// (zero exclusion); a face-to-face meeting is due within 3 days of the bot
// hearing of it, whatever the end date (see services/follow-along.ts).
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { addLocalDays, describeDate, fromDbDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { jobEndExample, jobEndUsage, parseJobEnd } from '../../grammar/job-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { openJobOf } from '../../services/jobs.js';
import { followAlongCommand } from '../../reminders/reminder-items.js';
import { defineCommand } from '../action.js';
import type { CommandContext, InputEnv } from '../command.js';
import { clientRef, date, text } from '../input-fields.js';

function jobEndInput(env: InputEnv) {
  return z.object({
    clientRef: clientRef(),
    endOn: date(env, 'the end date', 'past', 'past').default(env.today),
    reason: text('The reason', 500).optional(),
  });
}
type JobEndInput = z.output<ReturnType<typeof jobEndInput>>;

async function end(ctx: CommandContext, draft: JobEndInput): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, draft.clientRef, jobEndExample);
  const job = await openJobOf(ctx.tx, client.id);
  if (!job)
    throw new DomainError(
      'JOBEND.NO_JOB',
      `${client.ref} has no job that is still going. /client show ${client.ref} shows their jobs.`,
      jobEndExample,
    );
  const endOn = draft.endOn;
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
  await ctx.tx.job.update({
    where: { id: job.id },
    data: { endOn: toDbDate(endOn), endReason: draft.reason ?? null, endLoggedAt: ctx.now },
  });
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
      text: `${client.ref} stays on your caseload. Meet them face to face by ${describeDate(addLocalDays(ctx.today, 3), ctx.today)} (3 days from hearing of it) to talk about what they learned and the next job; the bot will remind you.`,
    },
    { kind: 'note', text: `Log it: ${followAlongCommand(client.ref)}` },
  ]);
}

export const jobend = defineCommand('jobend', 'Log a job end; the person stays on the caseload', (action) => [
  action({
    words: '',
    summary: 'a job ended: the person stays on the caseload and a contact is due within 3 days',
    usage: jobEndUsage,
    examples: [jobEndExample, '/jobend SJ-14 on 20/11 contract ended'],
    roles: ['specialist', 'supervisor'],
    input: jobEndInput,
    parse: (text, env) => parseJobEnd(text, env.today),
    form: {
      title: 'Log a job end',
      submitLabel: 'Log job end',
      fields: [
        { name: 'clientRef', label: 'Person', kind: 'person' },
        { name: 'endOn', label: 'Last day', kind: 'date', initial: ({ today }) => today },
        { name: 'reason', label: 'Reason', kind: 'text', placeholder: 'Contract ended' },
      ],
    },
    run: end,
  }),
]);
