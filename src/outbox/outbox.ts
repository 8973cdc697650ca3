// Messages are stored before they are sent. A message enqueued in the same
// transaction as the write that caused it is sent if and only if that write
// commits; the dispatcher then delivers it, retrying until the platform takes it.
import type { Tx } from '../db/tx.js';
import type { Message } from '../core/message.js';
import type { Recipient } from '../core/messenger.js';
import type { Prisma } from '../generated/prisma/client.js';

export interface OutboundMessage {
  /** Same key, same message: a second enqueue is ignored (schedules, redeliveries). */
  dedupeKey: string;
  to: Recipient;
  message: Message;
  /** Not before this instant (a celebration held for the morning). */
  notBefore?: Date;
}

/** Messages to one conversation are delivered in the order they were enqueued. */
export function orderingKeyOf(to: Recipient): string {
  switch (to.kind) {
    case 'conversation':
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
        message: out.message as unknown as Prisma.InputJsonValue,
        notBefore: out.notBefore ?? now,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
  });
  return result.count === 1;
}
