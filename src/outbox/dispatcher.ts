// Delivers the outbox. Each round takes the oldest due message of every
// conversation, leases it, sends it, and marks it sent. A conversation's
// messages keep their order among those that are due, even while one of them
// waits to be retried; a message scheduled for later holds nothing back. Two
// bot processes on one database never send the same row at the same time: the
// lease is taken by a conditional update that only one of them wins. A process
// holds at most the one lease it is sending; `stop()` ends the round after
// that send, so a stopped dispatcher leaves no lease for others to wait out.
import type { Db } from '../db/database.js';
import type { Clock } from '../core/clock.js';
import { DeliveryError, type Destination, type Messenger, type PostedRef, type Recipient } from '../core/messenger.js';
import type { Platform } from '../core/platform.js';
import { errorFields } from '../core/error-fields.js';
import type { Logger } from '../core/logger.js';
import { logger as processLogger } from '../observability/logger.js';
import { outboxDeliveries } from '../observability/metrics.js';
import type { Message } from '../core/message.js';
import type { Prisma } from '../generated/prisma/client.js';
import { orderingKeyOf, type OutboxRecipient, type RenderSpec, type StoredRender, type ThreadRecipient } from './outbox.js';
import { outboxBodySchema, postedRefSchema, recipientSchema } from './outbox-schema.js';

export interface DispatcherOptions {
  /** How long a sender holds a message before another may try it. */
  leaseMs: number;
  /** First retry delay; doubles each attempt up to `maxBackoffMs`. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** After this long without success a message is marked failed. */
  giveUpAfterMs: number;
  batchSize: number;
}

export const defaultDispatcherOptions: DispatcherOptions = {
  leaseMs: 60_000,
  baseBackoffMs: 5_000,
  maxBackoffMs: 15 * 60_000,
  giveUpAfterMs: 3 * 24 * 3600_000,
  batchSize: 100,
};

export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

export interface Dispatcher {
  /** Adds a platform's messenger (adapters start after the core). */
  register(messenger: Messenger): void;
  /** Sends what is due, round after round, until nothing due is left. */
  drain(): Promise<DispatchResult>;
  /** Drains every `intervalMs`, and at once when `wake()` is called. */
  start(intervalMs: number): void;
  wake(): void;
  /** Stops the timer and the drain under way after the message being sent, and waits for it. */
  stop(): Promise<void>;
}

/** What a renderer drew up: the message, and whether it names the person. */
export interface Drawn {
  message: Message;
  named: boolean;
}

/**
 * Draws up a message about a person from its stored facts, at send time;
 * undefined when nothing may be posted now (they asked for no celebrations).
 * `anonymous` asks for the form that names no one, for editing a post after
 * consent was withdrawn.
 */
export type Renderer = (spec: RenderSpec, options: { anonymous: boolean }) => Promise<Drawn | undefined>;

export function backoffMs(attempt: number, options: DispatcherOptions, retryAfterMs?: number): number {
  const exponential = Math.min(options.baseBackoffMs * 2 ** Math.max(0, attempt - 1), options.maxBackoffMs);
  return Math.max(exponential, retryAfterMs ?? 0);
}

export function createDispatcher(deps: {
  db: Db;
  clock: Clock;
  messengers?: readonly Messenger[];
  options?: Partial<DispatcherOptions>;
  logger?: Logger;
  /** Renderers of messages drawn up at send time, by their spec's kind. */
  renderers?: Readonly<Record<string, Renderer>>;
}): Dispatcher {
  const options = { ...defaultDispatcherOptions, ...deps.options };
  const { db, clock } = deps;
  const logger = deps.logger ?? processLogger;
  const byPlatform = new Map<Platform, Messenger>((deps.messengers ?? []).map((m) => [m.platform, m]));

  /** The thread's first sent message, if any: later ones reply to it. */
  async function inThread(to: ThreadRecipient): Promise<Recipient> {
    const first = await db.outboxMessage.findFirst({
      where: { orderingKey: orderingKeyOf(to), status: 'sent', destination: { path: ['thread'], equals: to.thread } },
      orderBy: { id: 'asc' },
      select: { platformRef: true },
    });
    const started = postedRefSchema.safeParse(first?.platformRef).data;
    return { kind: 'conversation', conversation: started ? { ...to.conversation, threadId: started.messageId } : to.conversation };
  }

  /** A roster member's account on a platform we can send on. */
  async function resolve(recipient: OutboxRecipient): Promise<{ messenger: Messenger; destination: Destination }> {
    const to = recipient.kind === 'thread' ? await inThread(recipient) : recipient;
    if (to.kind === 'conversation' || to.kind === 'direct') {
      const platform = to.kind === 'conversation' ? to.conversation.platform : to.platform;
      const messenger = byPlatform.get(platform);
      if (!messenger) throw new DeliveryError(`no ${platform} connection is running`, true);
      return { messenger, destination: to };
    }
    const staff = await db.staff.findUnique({ where: { id: to.staffId }, include: { identities: { orderBy: { id: 'desc' } } } });
    if (!staff) throw new DeliveryError(`staff ${to.staffId} is not on the roster`, false);
    for (const identity of staff.identities) {
      const messenger = byPlatform.get(identity.platform);
      if (messenger) return { messenger, destination: { kind: 'direct', platform: identity.platform, userId: identity.externalId } };
    }
    const terminal = byPlatform.get('console');
    if (terminal) return { messenger: terminal, destination: { kind: 'direct', platform: 'console', userId: staff.handle } };
    throw new DeliveryError(`staff ${staff.id} has no linked account on a running platform`, true);
  }

  type Row = { id: bigint; destination: unknown; message: unknown; attempts: number; createdAt: Date };

  /**
   * The first due message of each conversation. An earlier message holds a
   * later one back while it is due, or was tried (leased now, or waiting out
   * its backoff), or is the very message the later one withdraws; one that is
   * only scheduled for later does not.
   */
  async function due(now: Date): Promise<Row[]> {
    return db.$queryRaw<Row[]>`
      SELECT o.id, o.destination, o.message, o.attempts, o."createdAt"
      FROM "OutboxMessage" o
      WHERE o.status = 'pending' AND o."notBefore" <= ${now}
        AND NOT EXISTS (
          SELECT 1 FROM "OutboxMessage" p
          WHERE p."orderingKey" = o."orderingKey" AND p.status = 'pending' AND p.id < o.id
            AND (p."notBefore" <= ${now} OR p.attempts > 0 OR p."dedupeKey" = o.message->>'withdraw'))
      ORDER BY o.id
      LIMIT ${options.batchSize}`;
  }

  async function lease(row: Row, now: Date): Promise<boolean> {
    const { count } = await db.outboxMessage.updateMany({
      where: { id: row.id, status: 'pending', notBefore: { lte: now } },
      data: { notBefore: new Date(now.getTime() + options.leaseMs), attempts: { increment: 1 } },
    });
    return count === 1;
  }

  /** Deletes what an earlier row posted; nothing to do when it was never sent. */
  async function withdraw(dedupeKey: string): Promise<PostedRef | undefined> {
    const posted = await postedRefOf(db, dedupeKey);
    if (!posted) return undefined;
    const messenger = byPlatform.get(posted.platform);
    if (!messenger) throw new DeliveryError(`no ${posted.platform} connection is running`, true);
    await messenger.delete(posted);
    return posted;
  }

  async function draw(spec: RenderSpec, anonymous: boolean): Promise<Drawn | undefined> {
    const renderer = deps.renderers?.[spec.kind];
    if (!renderer) throw new DeliveryError(`no renderer for "${spec.kind}" messages`, false);
    return renderer(spec, { anonymous });
  }

  /** Edits what an earlier row posted about a person to its anonymous form; nothing to do when it was never sent. */
  async function anonymise(dedupeKey: string): Promise<PostedRef | undefined> {
    const target = await db.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true, message: true } });
    const posted = await postedRefOf(db, dedupeKey);
    const body = outboxBodySchema.safeParse(target?.message).data;
    if (!target || !posted || !body || !('render' in body)) return undefined;
    const drawn = await draw(body.render, true);
    if (!drawn) return undefined;
    const messenger = byPlatform.get(posted.platform);
    if (!messenger) throw new DeliveryError(`no ${posted.platform} connection is running`, true);
    await messenger.update(posted, drawn.message);
    const stored: StoredRender = { render: body.render, sent: drawn.message, named: false };
    await db.outboxMessage.update({ where: { id: target.id }, data: { message: stored as unknown as Prisma.InputJsonValue } });
    return posted;
  }

  async function deliver(row: Row, result: DispatchResult): Promise<void> {
    const attempt = row.attempts + 1;
    try {
      let posted: PostedRef | undefined;
      let sentBy: Messenger | undefined;
      const body = outboxBodySchema.safeParse(row.message);
      const recipient = recipientSchema.safeParse(row.destination);
      if (!body.success || !recipient.success)
        throw new DeliveryError('the stored message or its destination is not of a shape the bot sends', false);
      let stored: StoredRender | undefined;
      if ('withdraw' in body.data) {
        posted = await withdraw(body.data.withdraw);
      } else if ('anonymise' in body.data) {
        posted = await anonymise(body.data.anonymise);
      } else {
        let message: Message = body.data as Message;
        if ('render' in body.data) {
          const drawn = await draw(body.data.render, false);
          if (!drawn) {
            // Consent decided at send time: nothing may be posted about this person now.
            await db.outboxMessage.updateMany({ where: { id: row.id, status: 'pending' }, data: { status: 'cancelled', lastError: null } });
            return;
          }
          message = drawn.message;
          stored = { render: body.data.render, sent: drawn.message, named: drawn.named };
        }
        const { messenger, destination } = await resolve(recipient.data);
        posted = await messenger.post(destination, message);
        sentBy = messenger;
      }
      const platformRef = posted ? { platform: posted.platform, channelId: posted.channelId, messageId: posted.messageId } : undefined;
      const { count } = await db.outboxMessage.updateMany({
        where: { id: row.id, status: 'pending' },
        data: {
          status: 'sent',
          sentAt: clock.now(),
          platformRef,
          lastError: null,
          ...(stored ? { message: stored as unknown as Prisma.InputJsonValue } : {}),
        },
      });
      if (count === 0 && posted && sentBy) {
        // Cancelled while it was being sent (a celebration withdrawn that very moment): take it back down.
        await db.outboxMessage.update({ where: { id: row.id }, data: { platformRef } });
        await sentBy.delete(posted);
      }
      result.sent++;
      outboxDeliveries.inc({ outcome: 'sent' });
    } catch (error) {
      // An error no adapter expected is named, not quoted: its message may carry what the message said.
      const failure =
        error instanceof DeliveryError
          ? error
          : new DeliveryError(`unexpected ${error instanceof Error ? error.name : typeof error}`, true);
      const now = clock.now();
      const expired = now.getTime() - row.createdAt.getTime() > options.giveUpAfterMs;
      // One line per attempt: the platform's answer (an adapter's DeliveryError
      // names its code or status), never the message or its recipient; where
      // it was thrown only for what no adapter expected.
      const unexpected = error instanceof DeliveryError ? {} : errorFields(error, true);
      if (!failure.retryable || expired) {
        await db.outboxMessage.update({ where: { id: row.id }, data: { status: 'failed', lastError: failure.message } });
        logger.error(
          { code: 'OUTBOX.FAILED', outboxId: String(row.id), attempt, reason: failure.message, ...unexpected },
          'outbox message failed for good',
        );
        result.failed++;
        outboxDeliveries.inc({ outcome: 'failed' });
      } else {
        const retryInMs = backoffMs(attempt, options, failure.retryAfterMs);
        await db.outboxMessage.update({
          where: { id: row.id },
          data: { notBefore: new Date(now.getTime() + retryInMs), lastError: failure.message },
        });
        logger.warn(
          {
            code: 'OUTBOX.RETRY',
            outboxId: String(row.id),
            attempt,
            retryInSeconds: Math.round(retryInMs / 1000),
            reason: failure.message,
            ...unexpected,
          },
          'outbox message not delivered, will retry',
        );
        result.retried++;
        outboxDeliveries.inc({ outcome: 'retry' });
      }
    }
  }

  let draining: Promise<DispatchResult> | undefined;
  let stopping = false;
  async function drainRounds(): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const now = clock.now();
      const rows = await due(now);
      let progressed = false;
      for (const row of rows) {
        if (stopping) return result;
        if (!(await lease(row, now))) continue;
        progressed = true;
        await deliver(row, result);
      }
      if (!progressed) return result;
    }
  }

  let timer: NodeJS.Timeout | undefined;
  const dispatcher: Dispatcher = {
    register(messenger) {
      byPlatform.set(messenger.platform, messenger);
    },
    drain() {
      // One drain at a time per process; a second caller shares the running one.
      draining ??= drainRounds().finally(() => {
        draining = undefined;
      });
      return draining;
    },
    start(intervalMs) {
      timer = setInterval(() => dispatcher.wake(), intervalMs);
      timer.unref();
    },
    wake() {
      if (stopping) return;
      dispatcher
        .drain()
        .catch((error: unknown) => logger.error({ code: 'OUTBOX.DRAIN_FAILED', ...errorFields(error, true) }, 'outbox round failed'));
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      try {
        await draining;
      } finally {
        // Stopped, not closed: a later drain() (a test, a restart) works again.
        stopping = false;
      }
    },
  };
  return dispatcher;
}

/** The platform's reference of a sent message, for `update` and `delete` (withdrawn celebrations). */
export async function postedRefOf(db: Db, dedupeKey: string): Promise<PostedRef | undefined> {
  const row = await db.outboxMessage.findUnique({ where: { dedupeKey }, select: { platformRef: true, status: true } });
  return row?.status === 'sent' ? postedRefSchema.safeParse(row.platformRef).data : undefined;
}
