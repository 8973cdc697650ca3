// Sending outside the turn that asked for it: into a saved conversation, or
// into a person's personal chat with the bot, opened through the connector
// when the bot has never spoken with them one-to-one.
import type { Activity, BotAdapter, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import { DeliveryError } from '../../src/core/messenger.js';
import type { ConversationStore, TeamsConversation } from './conversation-store.js';

/** The token audience of the public Bot Framework cloud (AuthenticationConstants.ToChannelFromBotOAuthScope). */
const botFrameworkAudience = 'https://api.botframework.com';

export interface Conversations {
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string>;
  update(reference: Partial<ConversationReference>, activityId: string, activity: Partial<Activity>): Promise<void>;
  delete(reference: Partial<ConversationReference>, activityId: string): Promise<void>;
  /**
   * The personal chat with `userId` (AAD object id) in `workspace` (tenant),
   * opened if need be; `via` is a conversation of that tenant to take the
   * service URL and the bot's id from.
   */
  personalChat(userId: string, workspace: string, via?: Partial<ConversationReference>): Promise<TeamsConversation>;
}

export function createConversations(deps: { adapter: BotAdapter; appId: string; store: ConversationStore }): Conversations {
  const { adapter, appId, store } = deps;
  const within = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) =>
    adapter.continueConversationAsync(appId, reference, logic);

  return {
    async send(reference, activity) {
      let id = '';
      await within(reference, async (context) => {
        // The continuation event has a made-up id; replying to it would make
        // this a reply rather than a new post.
        context.activity.id = undefined;
        id = (await context.sendActivity(activity))?.id ?? '';
      });
      return id;
    },
    async update(reference, activityId, activity) {
      await within(reference, async (context) => {
        await context.updateActivity({ ...activity, id: activityId, conversation: context.activity.conversation });
      });
    },
    async delete(reference, activityId) {
      await within(reference, async (context) => {
        await context.deleteActivity(activityId);
      });
    },
    async personalChat(userId, workspace, via) {
      const saved = await store.personalChat(userId);
      if (saved) return saved;
      const base = via ?? (await store.anyInTenant(workspace))?.reference;
      if (!base?.serviceUrl || !base.bot) {
        throw new DeliveryError(`the bot has no conversation in Teams tenant ${workspace} yet: install the app there first`, false);
      }
      const parameters = {
        isGroup: false,
        bot: base.bot,
        members: [{ id: userId, name: '' }],
        tenantId: workspace,
        channelData: { tenant: { id: workspace } },
      } as ConversationParameters;
      let conversationId = '';
      await adapter.createConversationAsync(
        appId,
        base.channelId ?? 'msteams',
        base.serviceUrl,
        botFrameworkAudience,
        parameters,
        async (context) => {
          conversationId = context.activity.conversation.id;
        },
      );
      const reference: Partial<ConversationReference> = {
        channelId: base.channelId ?? 'msteams',
        serviceUrl: base.serviceUrl,
        bot: base.bot,
        user: { id: userId, name: '', aadObjectId: userId },
        conversation: { id: conversationId, conversationType: 'personal', tenantId: workspace, isGroup: false, name: '' },
      };
      const chat: TeamsConversation = { workspace, channelId: conversationId, userId, reference };
      await store.save(chat);
      return chat;
    },
  };
}
