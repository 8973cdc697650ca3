import type { StaffRole } from '../generated/prisma/enums.js';
import type { CommandInput, CommandInvocation, CommandReply } from '../core/invocation.js';
import type { LocalDate } from '../core/local-date.js';
import type { Tx } from '../db/tx.js';
import type { DomainEvent } from '../core/events.js';
import type { OutboundMessage } from '../outbox/outbox.js';
import type { Caller } from './caller.js';
import type { Settings } from './settings.js';

export interface CommandContext {
  readonly caller: Caller;
  readonly invocation: CommandInvocation;
  readonly tx: Tx;
  readonly now: Date;
  /** The caller's local date. */
  readonly today: LocalDate;
  readonly settings: Settings;
  /** Every command the bot has, for help. */
  readonly commands: readonly CommandDefinition[];
  /** Records an audit event for a write (stored when the command commits); a command that audits nothing wrote nothing. */
  audit(action: string, entity: string, entityId: string | number | bigint, details?: object): Promise<void>;
  /** Hands a domain event to its subscribers, in this transaction. */
  emit(event: DomainEvent): Promise<void>;
  /** Stores a message to send once this command's transaction commits. */
  enqueue(message: OutboundMessage): Promise<void>;
}

/**
 * A bot command, declared once. Adapters register platform commands, help
 * cards and manifests from the list of these, so none of them can drift.
 */
export interface CommandDefinition {
  /** Without a slash: "contact". */
  name: string;
  /** One line for menus and the help card. */
  summary: string;
  /** One line per form of the command, e.g. "/contact undo". */
  usage: readonly string[];
  /** Ready-to-run examples, the first shown in menus. */
  examples: readonly string[];
  /** Who may run it at all; subcommands may narrow this further. */
  roles: readonly StaffRole[];
  run(ctx: CommandContext, input: CommandInput): Promise<CommandReply>;
}
