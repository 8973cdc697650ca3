// Things that happened in the domain, handed to subscribers inside the
// transaction that wrote them: what a subscriber enqueues (a celebration, a
// direct message) is committed with the write, or not at all.
import type { Tx } from '../db/tx.js';
import type { Platform } from './platform.js';
import type { OutboundMessage } from '../outbox/outbox.js';

export type DomainEvent =
  | { type: 'job.started'; jobId: number; clientId: number; specialistId: number; quiet: boolean }
  | { type: 'job.ended'; jobId: number; clientId: number; specialistId: number }
  | { type: 'lead.created'; leadId: number; specialistId: number }
  | { type: 'referral.created'; referralId: number; clientId: number; specialistId: number | null }
  | { type: 'client.met'; clientId: number; specialistId: number };

export interface EventContext {
  tx: Tx;
  now: Date;
  platform: Platform;
  /** Stores a message to send once the transaction commits. */
  enqueue(message: OutboundMessage): Promise<void>;
}

export type EventSubscriber = (event: DomainEvent, ctx: EventContext) => Promise<void>;
