// Team posts and direct messages, shown in the terminal as they would arrive.
import type { Writable } from 'node:stream';
import type { Destination, Messenger, PostedRef } from '../../src/core/messenger.js';
import type { Message } from '../../src/core/message.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';
import { renderMessage } from './render-text.js';
import { writeMessageFiles } from './write-files.js';

export function createConsoleMessenger(output: Writable, files: FileAccess, filesDir?: string): Messenger {
  let next = 1;
  const where = (to: Destination) => (to.kind === 'direct' ? `direct message to ${to.userId}` : `#${to.conversation.channelId}`);
  const show = async (title: string, message: Message) => {
    // Pictures (the supervisor's chart) land in a folder; the terminal shows where, in the same write as the message.
    const saved = await writeMessageFiles(message, files, filesDir);
    output.write(`\n┌── ${title}\n${renderMessage(message).replace(/^/gm, '│ ')}\n└──\n${saved}`);
  };
  return {
    platform: 'console',
    async post(to, message) {
      await show(where(to), message);
      return { platform: 'console', channelId: to.kind === 'direct' ? to.userId : to.conversation.channelId, messageId: String(next++) };
    },
    async update(ref: PostedRef, message) {
      await show(`#${ref.channelId} (message ${ref.messageId} edited)`, message);
    },
    async delete(ref: PostedRef) {
      output.write(`\n(message ${ref.messageId} in #${ref.channelId} was withdrawn)\n`);
    },
  };
}
