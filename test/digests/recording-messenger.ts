// The network boundary of the outbox, replaced by a recorder: what the
// platform would have received, in order. `failure` lets a test make the
// platform refuse (429 / 500) for as long as it likes.
import { DeliveryError, type Destination, type Messenger, type PostedRef } from '../../src/core/messenger.js';
import type { Message } from '../../src/core/message.js';

export interface Delivered {
  to: Destination;
  message: Message;
}

export interface RecordingMessenger extends Messenger {
  readonly delivered: Delivered[];
  readonly deleted: PostedRef[];
  /** Attempts the platform refused. */
  readonly refused: number;
  /** Returns the error the platform answers with now, or undefined to accept. */
  failure?: () => DeliveryError | undefined;
}

export function recordingMessenger(): RecordingMessenger {
  let next = 1;
  let refused = 0;
  const delivered: Delivered[] = [];
  const deleted: PostedRef[] = [];
  const messenger: RecordingMessenger = {
    platform: 'console',
    delivered,
    deleted,
    get refused() {
      return refused;
    },
    async post(to, message): Promise<PostedRef> {
      const error = messenger.failure?.();
      if (error) {
        refused++;
        throw error;
      }
      delivered.push({ to, message });
      return { platform: 'console', channelId: to.kind === 'direct' ? to.userId : to.conversation.channelId, messageId: String(next++) };
    },
    async update() {},
    async delete(ref) {
      deleted.push(ref);
    },
  };
  return messenger;
}

export function whereTo(d: Delivered): string {
  return d.to.kind === 'direct' ? `dm:${d.to.userId}` : `#${d.to.conversation.channelId}`;
}

export function headingOf(d: Delivered): string {
  const first = d.message.blocks[0];
  return first?.kind === 'heading' ? first.text : '';
}
