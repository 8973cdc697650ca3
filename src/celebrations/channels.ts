import type { ConversationRef } from '../core/platform.js';
import type { Tx } from '../db/tx.js';
import type { Db } from '../db/database.js';

export interface BoundChannel {
  bindingId: number;
  conversation: ConversationRef;
}

function toChannel(b: { id: number; platform: ConversationRef['platform']; workspace: string; channelId: string }): BoundChannel {
  return { bindingId: b.id, conversation: { platform: b.platform, workspace: b.workspace, channelId: b.channelId, isDirect: false } };
}

/** Every channel bound to a clinical team, on every platform. */
export async function teamChannels(tx: Tx | Db, clinicalTeamId: number): Promise<BoundChannel[]> {
  const rows = await tx.channelBinding.findMany({ where: { clinicalTeamId }, orderBy: { id: 'asc' } });
  return rows.map(toChannel);
}

/** The vocational unit's own channels (the IPS team's). */
export async function unitChannels(tx: Tx | Db, unitId: number): Promise<BoundChannel[]> {
  const rows = await tx.channelBinding.findMany({ where: { unitId }, orderBy: { id: 'asc' } });
  return rows.map(toChannel);
}
