// Teams' conversation references, kept by the core's conversation directory:
// remembered from every activity, read back checked, so that a proactive post
// after a restart (from any process) has what botbuilder needs.
import type { Activity, ConversationReference } from 'botbuilder';
import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { ConversationDirectory, SavedConversation } from '../../src/core/platform-adapter.js';
import { channelOf, tenantOf } from './activity-fields.js';

export interface TeamsConversation extends SavedConversation {
  reference: Partial<ConversationReference>;
}

/** What botbuilder needs of a stored reference to continue a conversation. */
const referenceSchema = z
  .object({
    serviceUrl: z.string(),
    channelId: z.string().optional(),
    conversation: z.object({ id: z.string() }).passthrough(),
    bot: z.object({ id: z.string() }).passthrough().optional(),
  })
  .passthrough();

function checked(saved: SavedConversation | undefined): TeamsConversation | undefined {
  if (!saved) return undefined;
  // Checked for what botbuilder reads; the rest of the reference passes through as Teams gave it.
  return referenceSchema.safeParse(saved.reference).success
    ? { ...saved, reference: saved.reference as Partial<ConversationReference> }
    : undefined;
}

export interface ConversationStore {
  /** Saves the reference of the conversation an activity came from. */
  remember(activity: Activity): Promise<void>;
  save(conversation: TeamsConversation): Promise<void>;
  byChannel(channelId: string, workspace?: string): Promise<TeamsConversation | undefined>;
  /** The personal chat with a user (AAD object id). */
  personalChat(userId: string): Promise<TeamsConversation | undefined>;
  /** Any conversation of a tenant: where its service URL and the bot's id come from. */
  anyInTenant(workspace: string): Promise<TeamsConversation | undefined>;
}

export function createConversationStore(directory: ConversationDirectory): ConversationStore {
  const store: ConversationStore = {
    async remember(activity) {
      if (!activity.conversation?.id || !activity.serviceUrl) return;
      const { channelId } = channelOf(activity);
      const reference = TurnContext.getConversationReference(activity);
      // A reply chain's id would make proactive posts land in that thread.
      reference.conversation = { ...reference.conversation!, id: channelId };
      delete reference.activityId;
      const personal = activity.conversation.conversationType === 'personal';
      await store.save({
        workspace: tenantOf(activity),
        channelId,
        userId: personal ? (activity.from?.aadObjectId ?? activity.from?.id ?? null) : null,
        reference,
      });
    },
    save: (conversation) => directory.save('teams', conversation),
    byChannel: async (channelId, workspace) => checked(await directory.byChannel('teams', channelId, workspace)),
    personalChat: async (userId) => checked(await directory.personalChat('teams', userId)),
    anyInTenant: async (workspace) => checked(await directory.anyInWorkspace('teams', workspace)),
  };
  return store;
}
