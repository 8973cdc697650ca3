import type { ConversationRef, Platform } from './platform.js';
import type { FormSpec, Message } from './message.js';

export type CommandInput =
  | { kind: 'text'; text: string }
  /** A submitted form: field name to value, empty fields absent. */
  | { kind: 'form'; values: Record<string, string | undefined>; action?: string };

/** A command as the core sees it: plain data, whatever platform it came from. */
export interface CommandInvocation {
  platform: Platform;
  /** The caller's platform user id (Slack user id, Teams AAD object id, roster handle on the terminal). */
  userId: string;
  conversation: ConversationRef;
  /** Command name without a slash: "contact". */
  command: string;
  input: CommandInput;
  /**
   * The platform's delivery id (Slack trigger id, Teams activity id): a second
   * delivery with the same key gets the first reply and writes nothing.
   */
  idempotencyKey: string;
  receivedAt: Date;
}

/**
 * What the core answers. "private" replies are for the caller alone (Slack
 * ephemeral, Teams personal chat); anything for a team goes through the outbox.
 */
export type CommandReply =
  | { kind: 'message'; message: Message }
  | { kind: 'form'; form: FormSpec }
  /** Nothing was written. `fieldErrors` are keyed by form field name. */
  | { kind: 'error'; message: Message; fieldErrors?: Record<string, string> };
