// Answers a command where it was asked: ephemeral to the caller, a modal for
// a form, or a direct message when there is no channel to answer in.
import type { RespondFn, types, webApi } from '@slack/bolt';
import type { CommandReply } from '../../src/core/invocation.js';
import type { Message } from '../../src/core/message.js';
import { message } from '../../src/core/reply.js';
import { renderMessage } from './render-blocks.js';
import { renderModal } from './render-modal.js';

/** When the bot itself failed: the person should know nothing was saved. */
export const somethingWentWrong: Message = message([
  { kind: 'paragraph', text: 'Sorry, that went wrong on our side and nothing was saved. Please try again in a minute.' },
]);

export interface ReplyTarget {
  client: webApi.WebClient;
  userId: string;
  channelId?: string;
  /** The response_url of a slash command or message button. */
  respond?: RespondFn;
  /** Opens a modal; valid for 3 seconds after Slack sent the request. */
  triggerId?: string;
}

/** A message only the caller sees: ephemeral in the channel, else in their DM with the bot. */
export async function sendPrivately(
  client: webApi.WebClient,
  userId: string,
  channelId: string | undefined,
  message: Message,
): Promise<void> {
  const rendered = renderMessage(message);
  if (channelId && !channelId.startsWith('D')) {
    try {
      await client.chat.postEphemeral({ channel: channelId, user: userId, ...rendered });
      return;
    } catch {
      // The bot is not in that channel (private, or never invited): the DM still reaches the person.
    }
  }
  await client.chat.postMessage({ channel: userId, ...rendered });
}

export async function deliverReply(reply: CommandReply, target: ReplyTarget): Promise<void> {
  if (reply.kind === 'form') {
    if (!target.triggerId) throw new Error(`cannot open the ${reply.form.command} form without a trigger id`);
    const view: types.ModalView = renderModal(reply.form, {
      command: reply.form.command,
      ...(target.channelId ? { channel: target.channelId } : {}),
    });
    await target.client.views.open({ trigger_id: target.triggerId, view });
    return;
  }
  if (target.respond) {
    await target.respond({ response_type: 'ephemeral', ...renderMessage(reply.message) });
    return;
  }
  await sendPrivately(target.client, target.userId, target.channelId, reply.message);
}
