// The port every chat platform's adapter implements, and the core services it
// is handed. An adapter translates: platform requests in as CommandInvocations,
// CommandReplies and outbox messages out in the platform's own form. It reaches
// the core only through these services, never the database.
import type { Express } from 'express';
import type { EarlyAnswerRule, HandedOnReceiver } from '../http/early-answer.js';
import type { Registry } from '../commands/registry.js';
import type { StaffRole } from '../generated/prisma/enums.js';
import type { Clock } from './clock.js';
import type { CommandInvocation, CommandReply } from './invocation.js';
import type { Logger } from './logger.js';
import type { FileAttachment, Message } from './message.js';
import type { Destination, Messenger } from './messenger.js';
import type { Platform } from './platform.js';

/** How a platform is doing, for readiness checks and the start-up log. */
export type PlatformStatus =
  | { state: 'ready' }
  /** Not reached yet (or lost): the adapter keeps trying by itself. */
  | { state: 'waiting'; detail: string };

export interface PlatformAdapter {
  readonly platform: Platform;
  /** How the outbox reaches people on this platform. */
  readonly messenger: Messenger;
  /** Starts taking requests. Resolves even when the platform cannot be reached yet: the adapter retries in the background. */
  start(): Promise<void>;
  /** Stops taking requests and lets the ones in flight finish. */
  stop(): Promise<void>;
  status(): PlatformStatus;
}

/** A file's bytes, for delivering it. */
export interface FileContent extends FileAttachment {
  bytes: Uint8Array;
}

export interface FileAccess {
  read(id: string): Promise<FileContent | undefined>;
  /**
   * A short-lived, signed https link to the file, served by the bot itself
   * (pictures in Teams cards); undefined when the bot has no public address.
   */
  link(file: FileAttachment): string | undefined;
}

/** What a platform saved to reach a conversation later (Teams' conversation reference). */
export interface SavedConversation {
  workspace: string;
  channelId: string;
  /** The platform user id when this is a one-to-one chat with them. */
  userId: string | null;
  reference: unknown;
}

export interface ConversationDirectory {
  save(platform: Platform, conversation: SavedConversation): Promise<void>;
  byChannel(platform: Platform, channelId: string, workspace?: string): Promise<SavedConversation | undefined>;
  /** The one-to-one chat with a user. */
  personalChat(platform: Platform, userId: string): Promise<SavedConversation | undefined>;
  /** Any conversation in a workspace, for the settings it shares (Teams' service URL). */
  anyInWorkspace(platform: Platform, workspace: string): Promise<SavedConversation | undefined>;
}

/** What an adapter may ask about people: never who they are, only what it needs to route. */
export interface PeopleDirectory {
  /** The role of the roster member behind an account (what they may run), undefined when it is not linked. */
  roleOf(platform: Platform, workspace: string, userId: string): Promise<StaffRole | undefined>;
  /** Employers of the caller's organisation whose names match what they typed (form type-ahead). */
  employerSuggestions(platform: Platform, workspace: string, userId: string, query: string, limit: number): Promise<string[]>;
  /** The workspace (Teams tenant) a linked user belongs to. */
  workspaceOf(platform: Platform, userId: string): Promise<string | undefined>;
}

/** The bot's one HTTP server, as an adapter mounts its endpoints on it. */
export interface HttpMount {
  readonly app: Express;
  /** Has the front door answer some of the adapter's requests on its own thread; `receive` then runs them here (early-answer.ts). */
  answerEarly(rule: EarlyAnswerRule, receive: HandedOnReceiver): void;
}

export interface AdapterServices {
  /** Every command: for registering slash commands, menus and manifests. */
  readonly registry: Registry;
  /** Runs a command (the router). Never throws for a person's mistake: errors come back as replies. */
  handle(invocation: CommandInvocation): Promise<CommandReply>;
  readonly clock: Clock;
  readonly log: Logger;
  readonly files: FileAccess;
  readonly people: PeopleDirectory;
  readonly conversations: ConversationDirectory;
  /**
   * Hands a reply the platform would not take during the request to the
   * outbox, which retries until it arrives. `key` makes a second hand-over of
   * the same reply (a redelivered request) a no-op.
   */
  sendLater(to: Destination, message: Message, key: string): Promise<void>;
  /** Sends what is due now (the terminal shows a command's posts before the next prompt). */
  drainOutbox(): Promise<void>;
  /** The bot's one HTTP server, to mount the platform's endpoints on; absent when nothing is served. */
  readonly http?: HttpMount;
}

/** What an adapter folder exports: the one line in the composition root names it. */
export interface PlatformModule<Config> {
  readonly platform: Platform;
  create(services: AdapterServices, config: Config): PlatformAdapter;
}
