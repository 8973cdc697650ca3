// Answers a command where it was asked: ephemeral to the caller, a modal for
// a form, or the caller's DM with the bot when there is no channel to answer
// in. Files cannot be ephemeral: a reply with files goes to the DM, with them,
// and the ephemeral answer says so.
import type { RespondFn, types, webApi } from '@slack/bolt';
import type { CommandReply } from '../../src/core/invocation.js';
import type { Message } from '../../src/core/message.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';
import { message } from '../../src/core/reply.js';
import { uploadFiles } from './file-uploads.js';
import { renderMessage } from './render-blocks.js';
import { renderModal } from './render-modal.js';

export interface ReplyTarget {
  client: webApi.WebClient;
  files: FileAccess;
  userId: string;
  channelId?: string;
  /** The response_url of a slash command or message button. */
  respond?: RespondFn;
  /** Opens a modal; valid for 3 seconds after Slack sent the request. */
  triggerId?: string;
}

const isDirect = (channelId: string | undefined) => channelId?.startsWith('D') ?? false;

/** A message only the caller sees: ephemeral in the channel, else in their DM with the bot. */
export async function sendPrivately(
  client: webApi.WebClient,
  userId: string,
  channelId: string | undefined,
  message: Message,
): Promise<void> {
  const rendered = renderMessage(message);
  if (channelId && !isDirect(channelId)) {
    try {
      await client.chat.postEphemeral({ channel: channelId, user: userId, ...rendered });
      return;
    } catch {
      // The bot is not in that channel (private, or never invited): the DM still reaches the person.
    }
  }
  await client.chat.postMessage({ channel: userId, ...rendered });
}

/** Posts the message in the caller's DM with the bot (a user id as channel opens it) and uploads its files there. */
async function sendWithFiles(target: ReplyTarget, reply: Message): Promise<void> {
  const posted = await target.client.chat.postMessage({ channel: target.userId, ...renderMessage(reply), unfurl_links: false });
  await uploadFiles(target.client, target.files, posted.channel ?? target.userId, undefined, reply);
  if (isDirect(target.channelId) || !target.respond) return;
  const names = (reply.files ?? []).map((f) => f.name).join(', ');
  await target.respond({
    response_type: 'ephemeral',
    ...renderMessage(message([{ kind: 'paragraph', text: `Sent to your direct messages with the IPS bot, with the files (${names}).` }])),
  });
}

export async function deliverReply(reply: CommandReply, target: ReplyTarget): Promise<void> {
  if (reply.kind === 'form') {
    if (!target.triggerId) throw new Error(`cannot open the ${reply.form.command} form without a trigger id`);
    const view: types.ModalView = renderModal(reply.form, {
      command: reply.form.command,
      action: reply.form.action,
      ...(target.channelId ? { channel: target.channelId } : {}),
    });
    await target.client.views.open({ trigger_id: target.triggerId, view });
    return;
  }
  if (reply.message.files?.length) {
    await sendWithFiles(target, reply.message);
    return;
  }
  if (target.respond) {
    await target.respond({ response_type: 'ephemeral', ...renderMessage(reply.message) });
    return;
  }
  await sendPrivately(target.client, target.userId, target.channelId, reply.message);
}
