// /client met: a meeting with the person. Every meeting is kept (a client
// contact, never an employer contact); the first face-to-face one is the
// programme entry, and face-to-face ones clear follow-along (items 22/23).
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, fromDbDate, toDbDate, type LocalDate } from '../../core/local-date.js';
import type { Block } from '../../core/message.js';
import { messageReply } from '../../core/reply.js';
import type { Tx } from '../../db/tx.js';
import {
  clientContactTypeLabels,
  clientContactTypeList,
  clientMetExample,
  contactPlaceList,
} from '../../grammar/client-contact-grammar.js';
import { loadCaseload } from '../../services/caseload-snapshot.js';
import { findClientForCallerOrCover } from '../../services/cover.js';
import { dueFollowAlong } from '../../services/follow-along.js';
import type { CommandContext, InputEnv } from '../command.js';
import { clientRef, date, notes, oneOf } from '../input-fields.js';

export function clientMetInput(env: InputEnv) {
  return z.object({
    clientRef: clientRef(),
    type: oneOf(clientContactTypeList, 'how you met').default('face_to_face'),
    place: oneOf(contactPlaceList, 'where you met').optional(),
    on: date(env, 'the meeting date', 'past', 'past').default(env.today),
    notes: notes().optional(),
  });
}
export type ClientMetInput = z.output<ReturnType<typeof clientMetInput>>;

async function dueBys(tx: Tx, clientId: number, timeZone: string, today: LocalDate): Promise<LocalDate[]> {
  const [person] = await loadCaseload(tx, { id: clientId }, timeZone);
  return person ? dueFollowAlong(person, today).map((c) => c.by) : [];
}

export async function met(ctx: CommandContext, cmd: ClientMetInput): Promise<CommandReply> {
  const { tx, today } = ctx;
  const client = await findClientForCallerOrCover(tx, ctx.caller, cmd.clientRef, clientMetExample, today);
  const row = await tx.client.findUniqueOrThrow({ where: { id: client.id } });
  if (row.status === 'closed')
    throw new DomainError(
      'CLIENT.CLOSED',
      `${row.ref}'s case is closed: reopen it first with /client reopen ${row.ref}, or a clinician can re-refer them.`,
      clientMetExample,
    );
  const on = cmd.on;
  if (row.referredOn && fromDbDate(row.referredOn) > on) {
    throw new DomainError(
      'CLIENT.MET_BEFORE_REFERRAL',
      `${row.ref} was referred on ${describeDate(fromDbDate(row.referredOn), today)}: a meeting cannot be before that.`,
      clientMetExample,
      'on',
    );
  }
  const dueBefore = await dueBys(tx, row.id, ctx.caller.timeZone, today);
  const contact = await tx.clientContact.create({
    data: {
      clientId: row.id,
      specialistId: ctx.caller.id,
      metOn: toDbDate(on),
      type: cmd.type,
      place: cmd.place ?? null,
      notes: cmd.notes ?? null,
      createdAt: ctx.now,
    },
  });
  // Notes stay out of the audit trail: they may hold health details.
  await ctx.audit('client.contact', 'ClientContact', contact.id, { clientId: row.id, type: cmd.type, place: cmd.place ?? null, metOn: on });

  const faceToFace = cmd.type === 'face_to_face';
  const entry = row.programmeEntryOn && fromDbDate(row.programmeEntryOn);
  const how = `${clientContactTypeLabels[cmd.type]}${cmd.place ? ` at ${cmd.place}` : ''}, ${describeDate(on, today)}`;
  // The first face-to-face meeting is the programme entry; a later one never moves it.
  if (faceToFace && (row.status === 'referred' || (entry && on < entry))) {
    await tx.client.update({ where: { id: row.id }, data: { status: 'active', programmeEntryOn: toDbDate(on) } });
    await ctx.audit('client.met', 'Client', row.id, { programmeEntryOn: on });
    if (row.status === 'referred') {
      await ctx.emit({ type: 'client.met', clientId: row.id, specialistId: row.specialistId ?? ctx.caller.id });
      return messageReply([
        { kind: 'heading', text: `${row.ref} joined the caseload` },
        {
          kind: 'paragraph',
          text: `First meeting: ${how}. Programme entry: ${describeDate(on, today)}. Aim for a first face-to-face employer contact about a job they want within 30 days.`,
        },
        { kind: 'note', text: `Started the vocational profile? /client profile ${row.ref}` },
      ]);
    }
  }
  const blocks: Block[] = [{ kind: 'paragraph', text: `Meeting with ${row.ref} logged: ${how}.` }];
  if (row.status === 'referred') {
    blocks.push({
      kind: 'note',
      text: `Programme entry is the first face-to-face meeting: ${row.ref} joins the caseload when you log one (/client met ${row.ref} f2f).`,
    });
  } else if (entry && faceToFace && on < entry) {
    blocks.push({ kind: 'note', text: `This is now the first face-to-face meeting: programme entry moved to ${describeDate(on, today)}.` });
  }
  const dueAfter = await dueBys(tx, row.id, ctx.caller.timeZone, today);
  const cleared = dueBefore.length - dueAfter.length;
  if (cleared > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `Follow-along: ${cleared === 1 ? 'the contact' : `${cleared} contacts`} due by ${describeDate(dueBefore[0]!, today)}${cleared > 1 ? ' and after' : ''} cleared.`,
    });
  } else if (dueAfter.length > 0 && !faceToFace) {
    blocks.push({
      kind: 'note',
      text: `Follow-along due by ${describeDate(dueAfter[0]!, today)} is still open: only a face-to-face meeting clears it (/client met ${row.ref} f2f).`,
    });
  }
  return messageReply(blocks);
}
