// Slack requests as the core's platform-neutral commands.
import type { CommandInput, CommandInvocation } from '../../src/core/invocation.js';
import type { AdapterServices } from '../../src/core/platform-adapter.js';
import type { ConversationRef } from '../../src/core/platform.js';

export interface SlackCaller {
  teamId: string;
  userId: string;
  /** Where the request came from; absent for App Home and its modals. */
  channelId?: string;
}

/** A request with no channel (App Home) is answered in the person's direct messages with the bot. */
export function conversationOf(caller: SlackCaller): ConversationRef {
  const channelId = caller.channelId ?? caller.userId;
  return { platform: 'slack', workspace: caller.teamId, channelId, isDirect: !caller.channelId || channelId.startsWith('D') };
}

export function invocationOf(
  services: AdapterServices,
  caller: SlackCaller,
  command: string,
  input: CommandInput,
  /** Slack's id of this delivery (trigger id, view id + hash): its retries carry the same one. */
  deliveryId: string,
): CommandInvocation {
  return {
    platform: 'slack',
    userId: caller.userId,
    conversation: conversationOf(caller),
    command,
    input,
    idempotencyKey: deliveryId,
    receivedAt: services.clock.now(),
  };
}
