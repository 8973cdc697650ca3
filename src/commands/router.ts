// The one way into the core: a platform-neutral command in, a platform-neutral
// reply out. Who is calling → what they ask for → may they → run in one
// transaction with the idempotency record, so a redelivered command writes
// nothing twice. Whatever goes wrong inside, the caller gets a sentence.
import { randomBytes } from 'node:crypto';
import pLimit from 'p-limit';
import { performance } from 'node:perf_hooks';
import type { Db } from '../db/database.js';
import type { Clock } from '../core/clock.js';
import type { EventSubscriber } from '../core/events.js';
import { enqueue } from '../outbox/outbox.js';
import type { CommandInvocation, CommandReply } from '../core/invocation.js';
import { DomainError } from '../core/domain-error.js';
import { cleanInput } from '../core/input-hygiene.js';
import { localDateOf, type LocalDate } from '../core/local-date.js';
import type { Logger } from '../core/logger.js';
import { errorFields } from '../core/error-fields.js';
import { errorReply, message } from '../core/reply.js';
import { parseStoredReply } from '../core/reply-schema.js';
import { fileStore } from '../files/file-store.js';
import { isTransient, isUniqueViolation } from '../db/error-kinds.js';
import { recordCommand, type CommandOutcome } from '../observability/metrics.js';
import type { Caller } from './caller.js';
import { cachedCallers } from './caller-cache.js';
import { writeCommandRecord, type CommandAudit } from './command-record.js';
import type { CommandContext, InputEnv } from './command.js';
import { buildForm } from './forms.js';
import { commandHelp } from './help.js';
import { mayRun, roleRefusal, type Registry } from './registry.js';
import type { Settings } from './settings.js';

export interface Router {
  readonly registry: Registry;
  handle(invocation: CommandInvocation): Promise<CommandReply>;
  /** Resolves when no command is running (a stopping bot finishes the ones in flight). */
  settled(): Promise<void>;
}

/** One command being run: who asked, what, under which idempotency key, and when. */
interface Call {
  caller: Caller;
  invocation: CommandInvocation;
  key: string;
  now: Date;
  /** The caller's local date. */
  today: LocalDate;
}

export interface RouterDeps {
  db: Db;
  clock: Clock;
  settings: Settings;
  registry: Registry;
  log: Logger;
  subscribers?: readonly EventSubscriber[];
  /** Called after a command that enqueued messages commits (wakes the outbox). */
  onEnqueued?: () => void;
  /** How many commands may hold a transaction at once: the database's connections. */
  transactionSlots: number;
}

/**
 * A command waits for a free connection in memory, in the order it came, for
 * as long as a platform would wait for its answer: never in Prisma's own queue,
 * which gives up after 2 s and turned a burst of Slack commands into failures.
 */
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

const notOnRoster = new DomainError(
  'ROSTER.UNKNOWN_USER',
  "You're not on this IPS team's roster yet, so the bot can't log anything for you. Ask your IPS supervisor or an admin to link your account.",
  '/ips staff link @you <your roster handle> (run by an admin)',
);

function apology(ref: string, transient: boolean): CommandReply {
  return {
    kind: 'error',
    message: message([
      {
        kind: 'paragraph',
        text: transient
          ? `The bot's database did not answer, so this was most likely not saved. Please check in a minute and try again if it is missing (ref ${ref}).`
          : `Something went wrong on our side; nothing was saved (ref ${ref}). Please try again, and tell your admin the ref if it happens again.`,
      },
    ]),
  };
}

export function createRouter(deps: RouterDeps): Router {
  const { registry, log } = deps;
  const slot = pLimit(deps.transactionSlots);
  const findCaller = cachedCallers(deps.db, deps.clock);
  const commandList = registry.commands.map((c) => `/${c.name}`).join(', ');

  async function storedReply(key: string): Promise<CommandReply | undefined> {
    const row = await deps.db.processedCommand.findUnique({ where: { key } });
    if (!row) return undefined;
    const stored = parseStoredReply(row.reply);
    if (stored.kind !== 'result') return stored;
    const run = registry.command(stored.command)?.actions.find((a) => a.words === stored.words)?.run;
    if (run?.kind !== 'statement') throw new Error(`no action makes a reply from a stored /${stored.command} ${stored.words} result`);
    return run.replyOf(stored.result, deps.settings);
  }

  async function run(invocation: CommandInvocation, caller: Caller, key: string): Promise<CommandReply> {
    const name = invocation.command.replace(/^\//, '').toLowerCase();
    const command = registry.command(name);
    if (!command) {
      throw new DomainError('COMMAND.UNKNOWN', `There is no /${name} command. The commands are: ${commandList}.`, '/ips for help');
    }
    const now = deps.clock.now();
    const env: InputEnv = { today: localDateOf(now, caller.timeZone) };
    const resolved = registry.resolve(command, cleanInput(invocation.input), env);
    if (resolved.kind === 'help') return { kind: 'message', message: commandHelp(command, caller.role) };
    if (!mayRun(resolved.action, caller.role)) throw roleRefusal(resolved.action, caller.role);
    const call: Call = { caller, invocation, key, now, today: env.today };
    if (resolved.kind === 'form') {
      const { action } = resolved;
      return inTransaction(call, async (ctx) => ({ kind: 'form', form: await buildForm(ctx, action) }));
    }
    const { run } = resolved.action;
    if (run.kind === 'transaction') return inTransaction(call, (ctx) => run.accept(ctx, resolved.raw));
    const stored = { kind: 'result', command: command.name, words: resolved.action.words } as const;
    return run.accept({ ...call, db: deps.db, settings: deps.settings, stored }, resolved.raw);
  }

  /** Runs `work` in one interactive transaction with its audit events and the idempotency record. */
  async function inTransaction(call: Call, work: (ctx: CommandContext) => Promise<CommandReply>): Promise<CommandReply> {
    const { caller, invocation, key, now, today } = call;
    let enqueued = false as boolean; // set inside the transaction callback
    const reply = await slot(() =>
      deps.db.$transaction(async (tx) => {
        const audits: CommandAudit[] = [];
        const ctx: CommandContext = {
          caller,
          invocation,
          tx,
          now,
          today,
          settings: deps.settings,
          registry,
          files: fileStore(tx, now, deps.settings.fileKeepHours * 3600_000),
          async audit(action, entity, entityId, details) {
            audits.push({
              actorId: caller.id,
              platform: invocation.platform,
              action,
              entity,
              entityId: String(entityId),
              details,
            });
          },
          async emit(event) {
            for (const subscriber of deps.subscribers ?? []) {
              await subscriber(event, { tx, now, platform: invocation.platform, enqueue: (message) => ctx.enqueue(message) });
            }
          },
          async enqueue(message) {
            if (await enqueue(tx, message, now)) enqueued = true;
          },
        };
        const reply = await work(ctx);
        if (audits.length > 0) await writeCommandRecord(tx, key, reply, audits, now);
        return reply;
      }, transactionOptions),
    );
    if (enqueued) deps.onEnqueued?.();
    return reply;
  }

  const inFlight = new Set<Promise<unknown>>();

  function handle(invocation: CommandInvocation): Promise<CommandReply> {
    const started = performance.now();
    const running = handleOne(invocation);
    inFlight.add(running);
    return running.then(({ reply, outcome }) => {
      inFlight.delete(running);
      const name = invocation.command.replace(/^\//, '').toLowerCase();
      recordCommand(registry.command(name) ? name : 'unknown', outcome, (performance.now() - started) / 1000);
      return reply;
    });
  }

  /** Never rejects: whatever happens inside, the caller gets a reply. */
  async function handleOne(invocation: CommandInvocation): Promise<{ reply: CommandReply; outcome: CommandOutcome }> {
    const { conversation } = invocation;
    const command = invocation.command.toLowerCase();
    // A redelivery is rare: rather than look the key up first, run the command
    // and let the idempotency record's unique key roll a repeat back.
    const key = `${invocation.platform}:${conversation.workspace}:${invocation.idempotencyKey}`;
    try {
      const caller = await findCaller(invocation.platform, conversation.workspace, invocation.userId);
      if (!caller) throw notOnRoster;
      return { reply: await run(invocation, caller, key), outcome: 'ok' };
    } catch (error) {
      // A repeat of a delivery that was handled before (or at the same moment,
      // elsewhere) gets the first answer, whatever running it again would say.
      const duplicate = error instanceof DomainError || isUniqueViolation(error);
      const earlier = duplicate ? await storedReply(key).catch(() => undefined) : undefined;
      if (earlier) return { reply: earlier, outcome: 'duplicate' };
      if (error instanceof DomainError) {
        log.debug({ command, code: error.code, platform: invocation.platform }, 'command refused');
        return { reply: errorReply(error), outcome: 'refused' };
      }
      const ref = `E-${randomBytes(4).toString('hex').toUpperCase()}`;
      const transient = isTransient(error);
      log.error(
        { ref, command, platform: invocation.platform, ...errorFields(error, !transient) },
        transient ? 'command failed: database unavailable' : 'command failed',
      );
      return { reply: apology(ref, transient), outcome: 'error' };
    }
  }

  return {
    registry,
    handle,
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
