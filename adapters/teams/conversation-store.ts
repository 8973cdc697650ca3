// Conversation references in the database (PlatformConversation), so that the
// bot can post proactively after a restart, from any process. A reference is
// written when it changes, not on every message: the same JSON again is skipped.
import type { Activity, ConversationReference } from 'botbuilder';
import { TurnContext } from 'botbuilder';
import type { Db } from '../../src/db/database.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { channelOf, tenantOf } from './activity-fields.js';

export interface SavedConversation {
  workspace: string;
  channelId: string;
  userId: string | null;
  reference: Partial<ConversationReference>;
}

export interface ConversationStore {
  /** Saves the reference of the conversation an activity came from. */
  remember(activity: Activity): Promise<void>;
  save(conversation: SavedConversation): Promise<void>;
  byChannel(channelId: string, workspace?: string): Promise<SavedConversation | undefined>;
  /** The personal chat with a user (AAD object id). */
  personalChat(userId: string): Promise<SavedConversation | undefined>;
  /** Any conversation of a tenant: where its service URL and the bot's id come from. */
  anyInTenant(workspace: string): Promise<SavedConversation | undefined>;
}

type Row = { workspace: string; channelId: string; userId: string | null; reference: unknown };
const toSaved = (row: Row | null): SavedConversation | undefined =>
  row
    ? { workspace: row.workspace, channelId: row.channelId, userId: row.userId, reference: row.reference as Partial<ConversationReference> }
    : undefined;

export function createConversationStore(db: Db): ConversationStore {
  const written = new Map<string, string>();

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
    async save({ workspace, channelId, userId, reference }) {
      const key = `${workspace}:${channelId}`;
      const json = JSON.stringify({ userId, reference });
      if (written.get(key) === json) return;
      const where = { platform: 'teams' as const, workspace, channelId };
      const data = { userId, reference: reference as Prisma.InputJsonValue };
      await db.platformConversation.upsert({
        where: { platform_workspace_channelId: where },
        create: { ...where, ...data },
        update: data,
      });
      written.set(key, json);
    },
    async byChannel(channelId, workspace) {
      return toSaved(
        await db.platformConversation.findFirst({ where: { platform: 'teams', channelId, ...(workspace ? { workspace } : {}) } }),
      );
    },
    async personalChat(userId) {
      return toSaved(await db.platformConversation.findFirst({ where: { platform: 'teams', userId }, orderBy: { updatedAt: 'desc' } }));
    },
    async anyInTenant(workspace) {
      return toSaved(await db.platformConversation.findFirst({ where: { platform: 'teams', workspace }, orderBy: { updatedAt: 'desc' } }));
    },
  };
  return store;
}
