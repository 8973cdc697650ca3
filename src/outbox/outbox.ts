// Messages are stored before they are sent. A message enqueued in the same
// transaction as the write that caused it is sent if and only if that write
// commits; the dispatcher then delivers it, retrying until the platform takes it.
import type { Tx } from '../db/tx.js';
import type { Message } from '../core/message.js';
import type { Recipient } from '../core/messenger.js';
import type { ConversationRef } from '../core/platform.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * A reply in a conversation's named thread (a team's celebrations of one week).
 * The first message of that name to be sent starts the thread and later ones
 * reply to it; this is decided when sending, because only then is the first
 * one's platform id known.
 */
export interface ThreadRecipient {
  kind: 'thread';
  conversation: ConversationRef;
  thread: string;
}

export type OutboxRecipient = Recipient | ThreadRecipient;

/** The stored body of an outbox row that deletes an earlier post rather than posting. */
export interface StoredWithdrawal {
  withdraw: string;
}

export function isWithdrawal(body: unknown): body is StoredWithdrawal {
  return typeof body === 'object' && body !== null && typeof (body as StoredWithdrawal).withdraw === 'string';
}

/**
 * A message about a person, stored as typed facts (`kind` names the renderer)
 * and drawn up only when it is sent, from the consent recorded then: a
 * withdrawal that arrives while it waits changes or stops it.
 */
export interface RenderSpec {
  kind: string;
  [fact: string]: unknown;
}

/** The stored body of a row drawn at send time; `sent` is what was posted, `named` whether it named the person. */
export interface StoredRender {
  render: RenderSpec;
  sent?: Message;
  named?: boolean;
}

/** The stored body of a row that edits an earlier posted row about a person to its anonymous form. */
export interface StoredAnonymise {
  anonymise: string;
}

export type OutboundMessage = {
  /** Same key, same message: a second enqueue is ignored (schedules, redeliveries). */
  dedupeKey: string;
  to: OutboxRecipient;
  /** Not before this instant (a celebration held for the morning). */
  notBefore?: Date;
} & ({ message: Message } | { render: RenderSpec });

/** Messages to one conversation are delivered in the order they were enqueued. */
export function orderingKeyOf(to: OutboxRecipient): string {
  switch (to.kind) {
    case 'conversation':
    case 'thread':
      return `${to.conversation.platform}:${to.conversation.workspace}:${to.conversation.channelId}`;
    case 'direct':
      return `${to.platform}:dm:${to.userId}`;
    case 'staff':
      return `staff:${to.staffId}`;
  }
}

/** Returns false when a message with this key was already enqueued. */
export async function enqueue(tx: Tx, out: OutboundMessage, now: Date): Promise<boolean> {
  const result = await tx.outboxMessage.createMany({
    data: [
      {
        dedupeKey: out.dedupeKey,
        orderingKey: orderingKeyOf(out.to),
        destination: out.to as unknown as Prisma.InputJsonValue,
        message: ('message' in out ? out.message : ({ render: out.render } satisfies StoredRender)) as unknown as Prisma.InputJsonValue,
        notBefore: out.notBefore ?? now,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
  });
  return result.count === 1;
}

/**
 * Queues the deletion of a message queued earlier under `of` (a withdrawn
 * celebration). It goes to the same conversation's queue, so it is performed
 * after that message is sent. Returns false when `of` was never queued or the
 * deletion already was.
 */
export async function enqueueWithdrawal(tx: Tx, out: { dedupeKey: string; of: string }, now: Date): Promise<boolean> {
  return enqueueFollowUp(tx, out.dedupeKey, out.of, { withdraw: out.of }, now);
}

/**
 * Queues the edit of a posted row about a person to its anonymous form (their
 * consent was withdrawn after it was posted), in that conversation's queue.
 */
export async function enqueueAnonymise(tx: Tx, out: { dedupeKey: string; of: string }, now: Date): Promise<boolean> {
  return enqueueFollowUp(tx, out.dedupeKey, out.of, { anonymise: out.of }, now);
}

async function enqueueFollowUp(
  tx: Tx,
  dedupeKey: string,
  of: string,
  body: StoredWithdrawal | StoredAnonymise,
  now: Date,
): Promise<boolean> {
  const target = await tx.outboxMessage.findUnique({ where: { dedupeKey: of }, select: { orderingKey: true, destination: true } });
  if (!target) return false;
  const result = await tx.outboxMessage.createMany({
    data: [
      {
        dedupeKey,
        orderingKey: target.orderingKey,
        destination: target.destination as Prisma.InputJsonValue,
        message: body as unknown as Prisma.InputJsonValue,
        notBefore: now,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
  });
  return result.count === 1;
}

/** Cancels a message not sent yet; false when it was already sent (or never queued). */
export async function cancelPending(tx: Tx, dedupeKey: string): Promise<boolean> {
  const { count } = await tx.outboxMessage.updateMany({ where: { dedupeKey, status: 'pending' }, data: { status: 'cancelled' } });
  return count === 1;
}
