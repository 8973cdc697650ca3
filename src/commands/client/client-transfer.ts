// /client transfer: a supervisor hands a person to another specialist of the
// unit. Meetings, contacts, jobs and outreach stay as they were logged, by
// whoever logged them; only the caseload the person is on changes.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { message, messageReply } from '../../core/reply.js';
import { findClientForCaller } from '../../services/caseload.js';
import type { CommandContext } from '../command.js';
import { clientRef } from '../input-fields.js';

export const transferExample = '/client transfer KP-07 ben';

export const transferInput = () =>
  z.object({
    clientRef: clientRef(),
    to: z
      .string({ required_error: 'To whom? Give the specialist’s handle, like ben.' })
      .trim()
      .regex(/^[\w.-]{1,40}$/, 'Give the specialist’s handle, like ben.')
      .transform((h) => h.toLowerCase()),
  });

export function parseTransfer(text: string): { clientRef?: string; to?: string } {
  const [ref, to, ...rest] = text.trim().split(/\s+/).filter(Boolean);
  if (rest.length) throw new DomainError('CLIENT.BAD_INPUT', `I didn't understand "${rest.join(' ')}" at the end.`, transferExample);
  return { ...(ref ? { clientRef: ref } : {}), ...(to ? { to: to.replace(/^@/, '') } : {}) };
}

export async function transfer(ctx: CommandContext, cmd: z.output<ReturnType<typeof transferInput>>): Promise<CommandReply> {
  const { tx, caller } = ctx;
  const client = await findClientForCaller(tx, caller, cmd.clientRef, transferExample);
  const to = await tx.staff.findFirst({ where: { handle: cmd.to, role: 'specialist', active: true, unitId: caller.unitId ?? -1 } });
  if (!to) throw new DomainError('CLIENT.NO_SUCH_SPECIALIST', `"${cmd.to}" is not a specialist in your IPS team.`, transferExample, 'to');
  if (to.id === client.specialistId)
    throw new DomainError('CLIENT.SAME_SPECIALIST', `${client.ref} is already on ${to.displayName}'s caseload.`, transferExample);
  await tx.client.update({ where: { id: client.id }, data: { specialistId: to.id } });
  await ctx.audit('client.transfer', 'Client', client.id, { from: client.specialistId, to: to.id });
  await ctx.enqueue({
    dedupeKey: `transfer:${client.id}:${to.id}:${ctx.now.getTime()}`,
    to: { kind: 'staff', staffId: to.id },
    message: message([
      {
        kind: 'paragraph',
        text: `${caller.displayName} handed ${client.ref} to you. Their history is in /client show ${client.ref}; follow-along and reminders come to you from now on.`,
      },
    ]),
  });
  return messageReply([
    {
      kind: 'paragraph',
      text: `${client.ref} is now on ${to.displayName}'s caseload, with their history intact. ${to.displayName} has been told.`,
    },
  ]);
}
