// A messenger at the network edge that records what the outbox asked of it.
import type { Destination, Messenger, PostedRef } from '../../src/core/messenger.js';
import type { Message } from '../../src/core/message.js';

export interface RecordedPost {
  to: Destination;
  message: Message;
  ref: PostedRef;
}

export interface RecordingMessenger extends Messenger {
  posts: RecordedPost[];
  deletes: PostedRef[];
  updates: { ref: PostedRef; message: Message }[];
  /** Posts to one channel, by its channel id. */
  postsIn(channelId: string): RecordedPost[];
}

export function recordingMessenger(): RecordingMessenger {
  let next = 1;
  const posts: RecordedPost[] = [];
  const deletes: PostedRef[] = [];
  const updates: { ref: PostedRef; message: Message }[] = [];
  return {
    platform: 'console',
    posts,
    deletes,
    updates,
    postsIn: (channelId) => posts.filter((p) => p.to.kind === 'conversation' && p.to.conversation.channelId === channelId),
    post(to, message) {
      const ref: PostedRef = {
        platform: 'console',
        channelId: to.kind === 'conversation' ? to.conversation.channelId : to.userId,
        messageId: `m${next++}`,
      };
      posts.push({ to, message, ref });
      return Promise.resolve(ref);
    },
    update(ref, message) {
      updates.push({ ref, message });
      return Promise.resolve();
    },
    delete(ref) {
      deletes.push(ref);
      return Promise.resolve();
    },
  };
}
