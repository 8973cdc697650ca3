// Closing and reopening a case. Closing takes a reason from a fixed list and
// is never for missed appointments (item 25): "not engaging" is accepted only
// after outreach on 3 different days over at least 4 weeks. A step-down after
// steady work ends follow-along and takes the person off the active caseload.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, fromDbDate, toDbDate, type LocalDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { clientExamples } from '../../grammar/client-grammar.js';
import { closeReasonLabels, closeReasonList, readCloseReason, type CloseReason } from '../../grammar/close-reasons.js';
import { findClientForCaller } from '../../services/caseload.js';
import { daysBetween } from '../../services/caseload-flags.js';
import type { CommandContext, InputEnv } from '../command.js';
import { clientRef, date, notes } from '../input-fields.js';

/** Item 25: outreach on this many different days … */
export const outreachDaysBeforeNotEngaging = 3;
/** … spread over at least this many days (4 weeks) before "not engaging" may close a case. */
export const outreachSpanDays = 28;

const reasonHelp = `Say why: ${closeReasonList.join(', ')} (other needs a note).`;

export function clientCloseInput() {
  return z
    .object({
      clientRef: clientRef(),
      reason: z.string({ required_error: `Why is the case closing? ${reasonHelp}` }).trim(),
      note: notes(500).optional(),
    })
    .transform((input, ctx) => {
      const read = readCloseReason(input.reason);
      if (!read) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['reason'],
          message: `"${input.reason}" is not a reason on the list. ${reasonHelp}`,
        });
        return z.NEVER;
      }
      const note = read.reason === 'other' ? (input.note ?? read.note) : input.note;
      if (read.reason === 'other' && !note) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['note'],
          message: 'Other needs a note: "other <why>", like "other joined the army".',
        });
        return z.NEVER;
      }
      return { clientRef: input.clientRef, reason: read.reason, note };
    });
}
export type ClientCloseInput = z.output<ReturnType<typeof clientCloseInput>>;

async function refuseUnlessOutreachDocumented(ctx: CommandContext, clientId: number, ref: string): Promise<void> {
  const rows = await ctx.tx.outreachAttempt.findMany({
    where: { clientId },
    distinct: ['attemptedOn'],
    orderBy: { attemptedOn: 'asc' },
    select: { attemptedOn: true },
  });
  const days = rows.map((r) => fromDbDate(r.attemptedOn));
  const span = days.length ? daysBetween(days[0]!, days.at(-1)!) : 0;
  if (days.length >= outreachDaysBeforeNotEngaging && span >= outreachSpanDays) return;
  const sofar = days.length
    ? `so far ${days.length} day${days.length === 1 ? '' : 's'}, from ${describeDate(days[0]!, ctx.today)} to ${describeDate(days.at(-1)!, ctx.today)}`
    : 'none is logged yet';
  throw new DomainError(
    'CLIENT.OUTREACH_FIRST',
    `A case is not closed for missed appointments. "Not engaging" needs outreach logged on at least ${outreachDaysBeforeNotEngaging} different days over at least 4 weeks: ${sofar}.`,
    `/outreach ${ref} home left a card, will try Thursday`,
    'reason',
  );
}

type CaseRef = { id: number; ref: string; status: string };

async function closeCase(ctx: CommandContext, client: CaseRef, reason: CloseReason, note: string | undefined, on: LocalDate) {
  if (client.status === 'closed') throw new DomainError('CLIENT.CLOSED', `${client.ref}'s case is already closed.`, clientExamples.show);
  if (reason === 'not engaging') await refuseUnlessOutreachDocumented(ctx, client.id, client.ref);
  const closeReason = `${reason}${note ? `: ${note}` : ''}`;
  await ctx.tx.client.update({ where: { id: client.id }, data: { status: 'closed', closedOn: toDbDate(on), closeReason } });
  await ctx.audit('client.close', 'Client', client.id, { reason, closedOn: on });
}

export async function close(ctx: CommandContext, cmd: ClientCloseInput): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, cmd.clientRef, clientExamples.close);
  await closeCase(ctx, client, cmd.reason, cmd.note, ctx.today);
  return messageReply([
    { kind: 'paragraph', text: `${client.ref}'s case is closed (${closeReasonLabels[cmd.reason]}${cmd.note ? `: ${cmd.note}` : ''}).` },
    {
      kind: 'note',
      text: `Closing is for people who no longer want the service, not for missed appointments. Reopen: /client reopen ${client.ref}; a clinician can re-refer at any time.`,
    },
  ]);
}

export function stepdownInput(env: InputEnv) {
  return z.object({ clientRef: clientRef(), on: date(env, 'the step-down date', 'past', 'past').default(env.today) });
}

export async function stepdown(ctx: CommandContext, cmd: z.output<ReturnType<typeof stepdownInput>>): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, cmd.clientRef, `/client stepdown ${cmd.clientRef}`);
  const working = await ctx.tx.job.count({
    where: {
      clientId: client.id,
      startOn: { lte: toDbDate(cmd.on) },
      OR: [{ endOn: null }, { endOn: { gte: toDbDate(cmd.on) } }],
    },
  });
  await closeCase(ctx, client, 'stepped down', undefined, cmd.on);
  return messageReply([
    {
      kind: 'paragraph',
      text: `${client.ref} stepped down after steady work on ${describeDate(cmd.on, ctx.today)}: follow-along ends and they leave the active caseload.`,
    },
    {
      kind: 'note',
      text: `${working === 0 ? 'No job is logged for them on that day: if they left for another reason, reopen and close with it. ' : ''}If they want support again: /client reopen ${client.ref}, or a clinician can re-refer.`,
    },
  ]);
}

export async function reopen(ctx: CommandContext, cmd: { clientRef: string }): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, cmd.clientRef, `/client reopen ${cmd.clientRef}`);
  const row = await ctx.tx.client.findUniqueOrThrow({ where: { id: client.id } });
  if (row.status !== 'closed') throw new DomainError('CLIENT.NOT_CLOSED', `${row.ref}'s case is open already.`, `/client show ${row.ref}`);
  const status = row.programmeEntryOn ? 'active' : 'referred';
  await ctx.tx.client.update({ where: { id: row.id }, data: { status, closedOn: null, closeReason: null } });
  await ctx.audit('client.reopen', 'Client', row.id, {
    status,
    closedOn: row.closedOn && fromDbDate(row.closedOn),
    closeReason: row.closeReason,
  });
  return messageReply([
    {
      kind: 'paragraph',
      text:
        status === 'active'
          ? `${row.ref}'s case is open again, on the active caseload. Next: meet them (/client met ${row.ref} f2f).`
          : `${row.ref}'s case is open again, waiting for a first meeting (/client met ${row.ref}).`,
    },
  ]);
}
