// Conversation references in the database (PlatformConversation), so that an
// adapter can post proactively after a restart, from any process. A reference
// is written when it changes, not on every message: the same JSON again is
// skipped.
import type { ConversationDirectory, SavedConversation } from '../core/platform-adapter.js';
import type { Db } from '../db/database.js';
import type { Prisma } from '../generated/prisma/client.js';

type Row = { workspace: string; channelId: string; userId: string | null; reference: unknown };
const toSaved = (row: Row | null): SavedConversation | undefined =>
  row ? { workspace: row.workspace, channelId: row.channelId, userId: row.userId, reference: row.reference } : undefined;

export function createConversationDirectory(db: Db): ConversationDirectory {
  const written = new Map<string, string>();
  return {
    async save(platform, { workspace, channelId, userId, reference }) {
      const key = `${platform}:${workspace}:${channelId}`;
      const json = JSON.stringify({ userId, reference });
      if (written.get(key) === json) return;
      const where = { platform, workspace, channelId };
      const data = { userId, reference: reference as Prisma.InputJsonValue };
      await db.platformConversation.upsert({
        where: { platform_workspace_channelId: where },
        create: { ...where, ...data },
        update: data,
      });
      written.set(key, json);
    },
    async byChannel(platform, channelId, workspace) {
      return toSaved(await db.platformConversation.findFirst({ where: { platform, channelId, ...(workspace ? { workspace } : {}) } }));
    },
    async personalChat(platform, userId) {
      return toSaved(await db.platformConversation.findFirst({ where: { platform, userId }, orderBy: { updatedAt: 'desc' } }));
    },
    async anyInWorkspace(platform, workspace) {
      return toSaved(await db.platformConversation.findFirst({ where: { platform, workspace }, orderBy: { updatedAt: 'desc' } }));
    },
  };
}
