// /outreach: an attempt to re-engage someone (fidelity item 25): cases are
// not closed for missed appointments.
import { DomainError } from '../../core/domain-error.js';
import { z } from 'zod';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { outreachExample, outreachMethodList, outreachUsage, parseOutreach } from '../../grammar/outreach-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { defineCommand } from '../action.js';
import type { CommandContext, InputEnv } from '../command.js';
import { clientRef, date, notes, oneOf } from '../input-fields.js';

async function log(ctx: CommandContext, draft: OutreachInput): Promise<CommandReply> {
  const on = draft.attemptedOn;
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
    {
      kind: 'note',
      text: `It counts as outreach (item 25) and keeps the case from looking inactive. Follow-along clears only when you meet them face to face: /client met ${client.ref} f2f`,
    },
  ]);
}

function outreachInput(env: InputEnv) {
  return z.object({
    clientRef: clientRef(),
    method: oneOf(outreachMethodList, 'how the outreach was made'),
    attemptedOn: date(env, 'the outreach date', 'past', 'past').default(env.today),
    notes: notes().optional(),
  });
}
type OutreachInput = z.output<ReturnType<typeof outreachInput>>;

export const outreach = defineCommand('outreach', 'Log an outreach attempt (home, community, phone, letter, family, joint)', (action) => [
  action({
    words: '',
    summary: 'an attempt to re-engage someone (fidelity item 25)',
    usage: outreachUsage,
    examples: [outreachExample],
    roles: ['specialist', 'supervisor'],
    input: outreachInput,
    parse: (text, env) => parseOutreach(text, env.today),
    form: {
      title: 'Log an outreach attempt',
      submitLabel: 'Log outreach',
      fields: [
        { name: 'clientRef', label: 'Person', kind: 'person' },
        { name: 'method', label: 'How', kind: 'choice', options: outreachMethodList.map((m) => ({ value: m, label: m })) },
        { name: 'attemptedOn', label: 'Date', kind: 'date', initial: ({ today }) => today },
        { name: 'notes', label: 'Notes', kind: 'multiline', placeholder: 'Left a card; will try Thursday.' },
      ],
    },
    run: log,
  }),
]);
