// /outreach: an attempt to re-engage someone (fidelity item 25): cases are
// not closed for missed appointments.
import { DomainError } from '../../core/domain-error.js';
import type { CommandInput, CommandReply } from '../../core/invocation.js';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { outreachExample, outreachUsage, parseOutreach, type OutreachDraft } from '../../grammar/outreach-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { personField } from '../form-choices.js';
import type { CommandContext, CommandDefinition } from '../command.js';
import { outreachForm, outreachFromForm } from './outreach-form.js';

async function log(ctx: CommandContext, draft: OutreachDraft): Promise<CommandReply> {
  const on = draft.attemptedOn ?? ctx.today;
  if (on > ctx.today)
    throw new DomainError('OUTREACH.FUTURE', 'That date is in the future: log outreach once it has happened.', outreachExample);
  if (draft.notes && draft.notes.length > 2000)
    throw new DomainError('OUTREACH.INVALID', 'Notes are limited to 2,000 characters.', outreachExample);
  const client = await findClientForCaller(ctx.tx, ctx.caller, draft.clientRef, outreachExample);
  if (client.status === 'closed')
    throw new DomainError('OUTREACH.CLOSED', `${client.ref}'s case is closed; a clinician can re-refer them.`, outreachExample);
  const row = await ctx.tx.outreachAttempt.create({
    data: {
      clientId: client.id,
      specialistId: ctx.caller.id,
      attemptedOn: toDbDate(on),
      method: draft.method,
      notes: draft.notes ?? null,
      createdAt: ctx.now,
    },
  });
  await ctx.audit('outreach.create', 'OutreachAttempt', row.id, { clientId: client.id, method: draft.method, attemptedOn: on });
  return messageReply([
    { kind: 'paragraph', text: `Outreach to ${client.ref} logged: ${draft.method}, ${describeDate(on, ctx.today)}.` },
    { kind: 'note', text: 'It counts as a contact with the person: it clears follow-along and re-engagement reminders.' },
  ]);
}

async function run(ctx: CommandContext, input: CommandInput): Promise<CommandReply> {
  if (input.kind === 'form') return log(ctx, outreachFromForm(input.values, ctx.today));
  const text = input.text.trim();
  if (text === '' || text.toLowerCase() === 'form')
    return { kind: 'form', form: outreachForm(await personField(ctx, { required: true }), ctx.today) };
  if (text.toLowerCase() === 'help') {
    return messageReply([
      { kind: 'heading', text: '/outreach' },
      { kind: 'list', items: outreach.usage.slice() },
      { kind: 'note', text: `For example: ${outreachExample}` },
    ]);
  }
  return log(ctx, parseOutreach(text, ctx.today));
}

export const outreach: CommandDefinition = {
  name: 'outreach',
  summary: 'Log an outreach attempt (home, community, phone, letter, family, joint)',
  usage: [outreachUsage, '/outreach form'],
  examples: [outreachExample],
  roles: ['specialist', 'supervisor'],
  run,
};
