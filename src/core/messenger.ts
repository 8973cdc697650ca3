import type { ConversationRef, Platform } from './platform.js';
import type { Message } from './message.js';

/** Where a messenger delivers: a conversation, or a person's one-to-one chat. */
export type Destination =
  | { kind: 'conversation'; conversation: ConversationRef }
  /** The platform user id (Slack user id, Teams AAD object id, roster handle on the terminal). */
  | { kind: 'direct'; platform: Platform; userId: string };

/**
 * Where the core addresses a message in the outbox. A roster member is
 * resolved to a platform account when the message is sent, so that a person
 * linked later still gets what was queued for them.
 */
export type Recipient = Destination | { kind: 'staff'; staffId: number };

/** A message the platform accepted, for later update or delete. */
export interface PostedRef {
  platform: Platform;
  channelId: string;
  messageId: string;
}

/**
 * Thrown by a messenger when the platform did not take the message. Retryable
 * failures (429, 5xx, network) go back to the outbox, which tries again later.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** The platform's Retry-After, when it gave one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** One per platform adapter: how the core's outbox reaches people. */
export interface Messenger {
  readonly platform: Platform;
  post(to: Destination, message: Message): Promise<PostedRef>;
  update(ref: PostedRef, message: Message): Promise<void>;
  delete(ref: PostedRef): Promise<void>;
}
