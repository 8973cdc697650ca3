// The core's outbox delivers to Slack through here: team posts, direct
// messages, edits and withdrawals, pictures and CSV files. Failures become
// DeliveryErrors so that the outbox, not the Web API client, owns retries.
import { webApi } from '@slack/bolt';
import type { Message } from '../../src/core/message.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';
import { uploadFiles } from './file-uploads.js';
import { DeliveryError, type Destination, type Messenger, type PostedRef } from '../../src/core/messenger.js';
import { renderMessage } from './render-blocks.js';

/** Slack errors that go away by themselves; anything else needs a person (token, channel, scope). */
const transientPlatformErrors = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'team_added_to_org',
]);

interface WebApiFailure {
  code?: string;
  message?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
}

export function deliveryErrorOf(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = (error ?? {}) as WebApiFailure;
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError:
      return new DeliveryError(
        `Slack rate limit: retry after ${e.retryAfter ?? '?'} s`,
        true,
        e.retryAfter !== undefined ? e.retryAfter * 1000 : undefined,
      );
    case webApi.ErrorCode.HTTPError:
      return new DeliveryError(`Slack answered HTTP ${e.statusCode ?? '?'}`, e.statusCode === undefined || e.statusCode >= 500);
    case webApi.ErrorCode.RequestError:
      return new DeliveryError(`Slack could not be reached: ${e.message ?? 'network error'}`, true);
    case webApi.ErrorCode.PlatformError: {
      const reason = e.data?.error ?? 'unknown_error';
      return new DeliveryError(`Slack refused the message: ${reason}`, transientPlatformErrors.has(reason));
    }
    default:
      return new DeliveryError(`Slack delivery failed: ${e.message ?? String(error)}`, true);
  }
}

async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw deliveryErrorOf(error);
  }
}

export function createSlackMessenger(client: webApi.WebClient, files: FileAccess): Messenger {
  return {
    platform: 'slack',
    async post(to: Destination, message: Message): Promise<PostedRef> {
      // A user id as the channel posts to the person's DM with the bot (its
      // Messages tab); Slack answers with that DM's channel id.
      const channel = to.kind === 'direct' ? to.userId : to.conversation.channelId;
      const threadTs = to.kind === 'conversation' ? to.conversation.threadId : undefined;
      return mapped(async () => {
        const posted = await client.chat.postMessage({
          channel,
          ...renderMessage(message),
          ...(threadTs ? { thread_ts: threadTs } : {}),
          unfurl_links: false,
          unfurl_media: false,
        });
        if (!posted.ts || !posted.channel) throw new DeliveryError('Slack accepted the message but returned no channel or ts', false);
        // Pictures and CSV files follow the message into the same conversation.
        await uploadFiles(client, files, posted.channel, threadTs, message);
        return { platform: 'slack', channelId: posted.channel, messageId: posted.ts };
      });
    },
    async update(ref: PostedRef, message: Message): Promise<void> {
      await mapped(() => client.chat.update({ channel: ref.channelId, ts: ref.messageId, ...renderMessage(message) }));
    },
    async delete(ref: PostedRef): Promise<void> {
      await mapped(() => client.chat.delete({ channel: ref.channelId, ts: ref.messageId }));
    },
  };
}
