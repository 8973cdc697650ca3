import type { z } from 'zod';
import type { StaffRole } from '../generated/prisma/enums.js';
import type { CommandInvocation, CommandReply } from '../core/invocation.js';
import type { LocalDate } from '../core/local-date.js';
import type { Db } from '../db/database.js';
import type { Tx } from '../db/tx.js';
import type { DomainEvent } from '../core/events.js';
import type { FileStore } from '../files/file-store.js';
import type { OutboundMessage } from '../outbox/outbox.js';
import type { Caller } from './caller.js';
import type { Registry } from './registry.js';
import type { StoredResult } from '../core/reply-schema.js';
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
  readonly registry: Registry;
  /** Files a reply carries (exports, charts), stored in this transaction. */
  readonly files: FileStore;
  /** Records an audit event for a write (stored when the command commits); a command that audits nothing wrote nothing. */
  audit(action: string, entity: string, entityId: string | number | bigint, details?: object): Promise<void>;
  /** Hands a domain event to its subscribers, in this transaction. */
  emit(event: DomainEvent): Promise<void>;
  /** Stores a message to send once this command's transaction commits. */
  enqueue(message: OutboundMessage): Promise<void>;
}

/**
 * What an action that writes in one statement sees: the database itself, no
 * transaction, so nothing to emit or enqueue. Its statement writes the rows,
 * their audit events and the idempotency record (`stored`, with the result
 * under "result") together.
 */
export interface StatementContext {
  readonly caller: Caller;
  readonly invocation: CommandInvocation;
  readonly db: Db;
  readonly now: Date;
  /** The caller's local date. */
  readonly today: LocalDate;
  readonly settings: Settings;
  /** The idempotency record's key. */
  readonly key: string;
  /** What the idempotency record keeps besides the result: which action's reply to make from it. */
  readonly stored: Omit<StoredResult, 'result'>;
}

/**
 * An action on the path people wait on, written in one statement (one round
 * trip) instead of an interactive transaction (one per query, and two more).
 * Its reply is made from the statement's result, which the idempotency record
 * keeps, so that a redelivery gets the same reply.
 */
export interface StatementWrite<Input, Result> {
  /** Reads and refusals first, then the one statement; returns its result. */
  write(ctx: StatementContext, input: Input): Promise<unknown>;
  /** Checks a result, as returned or as stored. */
  result: z.ZodType<Result, z.ZodTypeDef, unknown>;
  reply(result: Result, settings: Settings): CommandReply;
}

/** What an action's input schema and parser may depend on. */
export interface InputEnv {
  /** The caller's local date: dates are read and bounded against it. */
  today: LocalDate;
}

/**
 * A field of an action's form. Its `name` is the input property it fills, so
 * the action's schema validates typed lines and submitted forms alike, and a
 * schema error lands under the field it is about.
 */
export interface FieldSpec {
  name: string;
  label: string;
  /**
   * How the form shows it. "person" offers the caller's open caseload,
   * "employer" the organisation's employers (or a new name), "yesno" a yes/no
   * choice; "people" takes several references in one box.
   */
  kind: 'text' | 'multiline' | 'date' | 'choice' | 'yesno' | 'person' | 'people' | 'employer';
  placeholder?: string;
  hint?: string;
  /** For "choice". */
  options?: readonly { value: string; label: string }[];
  /** What the form shows filled in: a value, or one computed from today. */
  initial?: string | ((env: InputEnv) => string);
}

export interface FormDeclaration {
  title: string;
  submitLabel: string;
  fields: readonly FieldSpec[];
}

/**
 * One thing a command does (`/lead close`, `/ips staff link`, or the command's
 * main action, `/contact <employer> …`), declared once: help, the `/ips`
 * listing, forms, validation errors, role refusals and the manifests are all
 * made from this.
 */
interface ActionDeclaration<Input> {
  /** The words after the command that select it ("close", "staff link"); "" for the command's main action. */
  words: string;
  summary: string;
  /** "/lead close <id> [filled|withdrawn]" */
  usage: string;
  /** Ready-to-run examples, the first shown in help and menus. */
  examples: readonly [string, ...string[]];
  roles: readonly StaffRole[];
  /** Validates and shapes the input; typed lines (after `parse`) and form values both go through it. */
  input: (env: InputEnv) => z.ZodType<Input, z.ZodTypeDef, unknown>;
  /** Reads the words after the action's own into the schema's input; absent: the action takes no words. */
  parse?: (text: string, env: InputEnv) => unknown;
  /** A form for the action: opened when it is run with no words (Slack modal, Teams card, terminal prompts). */
  form?: FormDeclaration;
}

export type ActionSpec<Input, Result = never> = ActionDeclaration<Input> &
  (
    | { run(ctx: CommandContext, input: Input): Promise<CommandReply>; statement?: never }
    | { statement: StatementWrite<Input, Result>; run?: never }
  );

/** How an action runs: in the command's interactive transaction, or as one statement. */
export type ActionRun =
  | { kind: 'transaction'; accept(ctx: CommandContext, raw: unknown): Promise<CommandReply> }
  | {
      kind: 'statement';
      accept(ctx: StatementContext, raw: unknown): Promise<CommandReply>;
      /** The reply to a redelivery, from the result its idempotency record kept. */
      replyOf(result: unknown, settings: Settings): CommandReply;
    };

/** An action as the registry holds it: its declaration with the input type sealed inside `accept`. */
export interface Action {
  readonly command: string;
  readonly words: string;
  readonly summary: string;
  readonly usage: string;
  readonly examples: readonly [string, ...string[]];
  readonly roles: readonly StaffRole[];
  readonly form?: FormDeclaration;
  /** False when any word after the action is a mistake. */
  readonly takesWords: boolean;
  /** Form fields the schema requires. */
  readonly requiredFields: ReadonlySet<string>;
  /** Reads a typed line into the schema's input (DomainError when it cannot). */
  parse(text: string, env: InputEnv): unknown;
  /** The raw input checked and shaped by the schema (DomainError, under the field at fault, when it is wrong). */
  validate(raw: unknown, env: InputEnv): unknown;
  /** Validates the raw input and runs the action. */
  readonly run: ActionRun;
}

/** A bot command, declared once. Adapters register slash commands, menus and manifests from the list of these. */
export interface CommandDefinition {
  /** Without a slash: "contact". */
  name: string;
  /** One line for menus and help. */
  summary: string;
  actions: readonly Action[];
}
