// How the outbox reaches Teams: through conversation references saved in the
// database, so any process can post, even right after a restart.
import { DeliveryError, type Messenger } from '../../src/core/messenger.js';
import type { AdapterServices } from '../../src/core/platform-adapter.js';
import { messageActivity } from './adaptive-card.js';
import type { ConversationStore, TeamsConversation } from './conversation-store.js';
import type { Conversations } from './conversations.js';
import { deliveryErrorOf } from './delivery-error.js';

export function createTeamsMessenger(deps: {
  services: AdapterServices;
  store: ConversationStore;
  conversations: Conversations;
}): Messenger {
  const { services, store, conversations } = deps;

  async function saved(channelId: string, workspace?: string): Promise<TeamsConversation> {
    const found = await store.byChannel(channelId, workspace);
    if (!found)
      throw new DeliveryError(`the bot has no saved reference for Teams conversation ${channelId}: add the app there first`, false);
    return found;
  }

  /** The personal chat with a linked roster member, opened if the bot has never spoken with them. */
  async function personalChat(userId: string): Promise<TeamsConversation> {
    const known = await store.personalChat(userId);
    if (known) return known;
    const tenant = await services.people.workspaceOf('teams', userId);
    if (!tenant) throw new DeliveryError(`Teams user ${userId} is not linked to anyone on the roster`, false);
    return conversations.personalChat(userId, tenant);
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
          to.kind === 'conversation' ? await saved(to.conversation.channelId, to.conversation.workspace) : await personalChat(to.userId);
        const personal = to.kind === 'direct' || to.conversation.isDirect;
        const messageId = await conversations.send(target.reference, messageActivity(message, services.files, { personal }));
        return { platform: 'teams', channelId: target.channelId, messageId };
      }),
    update: (ref, message) =>
      attempt(async () => {
        const target = await saved(ref.channelId);
        // Consent cards are never re-sent by an edit: they belong to the first post.
        await conversations.update(target.reference, ref.messageId, messageActivity(message, services.files, { personal: false }));
      }),
    delete: (ref) =>
      attempt(async () => {
        await conversations.delete((await saved(ref.channelId)).reference, ref.messageId);
      }),
  };
}
