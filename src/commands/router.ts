// The one way into the core: a platform-neutral command in, a platform-neutral
// reply out. Who is calling → may they → run in one transaction with the
// idempotency record, so a redelivered command writes nothing twice.
import type { Db } from '../db/database.js';
import type { Clock } from '../core/clock.js';
import type { EventSubscriber } from '../core/events.js';
import { enqueue } from '../outbox/outbox.js';
import type { CommandInvocation, CommandReply } from '../core/invocation.js';
import { DomainError } from '../core/domain-error.js';
import { localDateOf } from '../core/local-date.js';
import { errorReply } from '../core/reply.js';
import { Prisma } from '../generated/prisma/client.js';
import { findCaller } from '../services/roster.js';
import type { CommandContext, CommandDefinition } from './command.js';
import type { Settings } from './settings.js';

export interface Router {
  readonly commands: readonly CommandDefinition[];
  handle(invocation: CommandInvocation): Promise<CommandReply>;
}

const roleNames = { specialist: 'employment specialists', supervisor: 'IPS supervisors', clinician: 'clinicians', admin: 'admins' };

export interface RouterDeps {
  db: Db;
  clock: Clock;
  settings: Settings;
  commands: readonly CommandDefinition[];
  subscribers?: readonly EventSubscriber[];
  /** Called after a command that enqueued messages commits (wakes the outbox). */
  onEnqueued?: () => void;
}

export function createRouter(deps: RouterDeps): Router {
  const byName = new Map<string, CommandDefinition>();
  for (const command of deps.commands) {
    if (byName.has(command.name)) throw new Error(`Command /${command.name} is declared twice`);
    byName.set(command.name, command);
  }
  const commandList = deps.commands.map((c) => `/${c.name}`).join(', ');

  async function storedReply(key: string): Promise<CommandReply | undefined> {
    const row = await deps.db.processedCommand.findUnique({ where: { key } });
    return row ? (row.reply as unknown as CommandReply) : undefined;
  }

  async function handle(invocation: CommandInvocation): Promise<CommandReply> {
    const name = invocation.command.replace(/^\//, '').toLowerCase();
    const command = byName.get(name);
    if (!command) {
      return errorReply(
        new DomainError('COMMAND.UNKNOWN', `There is no /${name} command. The commands are: ${commandList}.`, '/ips for help'),
      );
    }
    const { conversation } = invocation;
    const caller = await findCaller(deps.db, invocation.platform, conversation.workspace, invocation.userId);
    if (!caller) {
      return errorReply(
        new DomainError(
          'ROSTER.UNKNOWN_USER',
          "You're not on this IPS team's roster yet, so the bot can't log anything for you. Ask your IPS supervisor or an admin to link your account.",
          '/ips staff link @you <your roster handle> (run by an admin)',
        ),
      );
    }
    if (!command.roles.includes(caller.role)) {
      const who = command.roles.map((r) => roleNames[r]).join(' and ');
      return errorReply(new DomainError('ROLE.FORBIDDEN', `/${command.name} is for ${who}; your role is ${caller.role}.`));
    }

    // A redelivery is rare: rather than look the key up first, run the command
    // and let the idempotency record's unique key roll a repeat back.
    const key = `${invocation.platform}:${conversation.workspace}:${invocation.idempotencyKey}`;
    const now = deps.clock.now();
    let enqueued = false;
    try {
      const reply = await deps.db.$transaction(async (tx) => {
        const audits: Prisma.AuditEventCreateManyInput[] = [];
        const ctx: CommandContext = {
          caller,
          invocation,
          tx,
          now,
          today: localDateOf(now, caller.timeZone),
          settings: deps.settings,
          commands: deps.commands,
          async audit(action, entity, entityId, details) {
            audits.push({
              actorId: caller.id,
              platform: invocation.platform,
              action,
              entity,
              entityId: String(entityId),
              details: details as Prisma.InputJsonValue,
              at: now,
            });
          },
          async emit(event) {
            for (const subscriber of deps.subscribers ?? []) {
              await subscriber(event, { tx, now, platform: invocation.platform, enqueue: ctx.enqueue });
            }
          },
          async enqueue(message) {
            if (await enqueue(tx, message, now)) enqueued = true;
          },
        };
        const reply = await command.run(ctx, invocation.input);
        if (audits.length > 0) {
          await tx.auditEvent.createMany({ data: audits });
          await tx.processedCommand.create({ data: { key, reply: reply as unknown as Prisma.InputJsonValue } });
        }
        return reply;
      });
      if (enqueued) deps.onEnqueued?.();
      return reply;
    } catch (error) {
      // A repeat of a delivery that was handled before (or at the same moment,
      // elsewhere) gets the first answer, whatever running it again would say.
      const duplicate = error instanceof DomainError || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002');
      const earlier = duplicate ? await storedReply(key) : undefined;
      if (earlier) return earlier;
      if (error instanceof DomainError) return errorReply(error);
      throw error;
    }
  }

  return { commands: deps.commands, handle };
}
