// How the outbox reaches Teams: through conversation references saved in the
// database, so any process can post, even right after a restart.
import type { Db } from '../../src/db/database.js';
import { DeliveryError, type Messenger } from '../../src/core/messenger.js';
import { messageActivity } from './adaptive-card.js';
import type { ConversationStore, SavedConversation } from './conversation-store.js';
import type { Conversations } from './conversations.js';
import { deliveryErrorOf } from './delivery-error.js';

export function createTeamsMessenger(deps: { db: Db; store: ConversationStore; conversations: Conversations }): Messenger {
  const { db, store, conversations } = deps;

  async function saved(channelId: string, workspace?: string): Promise<SavedConversation> {
    const found = await store.byChannel(channelId, workspace);
    if (!found)
      throw new DeliveryError(`the bot has no saved reference for Teams conversation ${channelId}: add the app there first`, false);
    return found;
  }

  /** The tenant of a linked roster member, for opening their personal chat. */
  async function tenantOfUser(userId: string): Promise<string> {
    const identity = await db.staffIdentity.findFirst({ where: { platform: 'teams', externalId: userId } });
    if (!identity) throw new DeliveryError(`Teams user ${userId} is not linked to anyone on the roster`, false);
    return identity.workspace;
  }

  const attempt = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw deliveryErrorOf(error);
    }
  };

  return {
    platform: 'teams',
    post: (to, message) =>
      attempt(async () => {
        const target =
          to.kind === 'conversation'
            ? await saved(to.conversation.channelId, to.conversation.workspace)
            : ((await store.personalChat(to.userId)) ?? (await conversations.personalChat(to.userId, await tenantOfUser(to.userId))));
        const messageId = await conversations.send(target.reference, messageActivity(message));
        return { platform: 'teams', channelId: target.channelId, messageId };
      }),
    update: (ref, message) =>
      attempt(async () => {
        await conversations.update((await saved(ref.channelId)).reference, ref.messageId, messageActivity(message));
      }),
    delete: (ref) =>
      attempt(async () => {
        await conversations.delete((await saved(ref.channelId)).reference, ref.messageId);
      }),
  };
}
