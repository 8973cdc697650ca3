// Where a Teams activity came from, in the core's terms.
import type { Activity } from 'botbuilder';
import type { ConversationRef } from '../../src/core/platform.js';

/** The tenant id; the Bot Framework Emulator sends none. */
export function tenantOf(activity: Partial<Activity>): string {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id ?? 'emulator';
}

/** The AAD object id of the sender (the Emulator has only a channel id). */
export function senderOf(activity: Partial<Activity>): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? '';
}

/** A channel post's conversation id carries ";messageid=…" for its reply chain. */
export function channelOf(activity: Partial<Activity>): { channelId: string; threadId?: string } {
  const [channelId = '', threadId] = (activity.conversation?.id ?? '').split(';messageid=');
  return threadId ? { channelId, threadId } : { channelId };
}

export function isPersonal(activity: Partial<Activity>): boolean {
  return activity.conversation?.conversationType === 'personal';
}

export function conversationOf(activity: Partial<Activity>): ConversationRef {
  return { platform: 'teams', workspace: tenantOf(activity), ...channelOf(activity), isDirect: isPersonal(activity) };
}
