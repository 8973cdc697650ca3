// The vocational unit a digest is about: its people and where its posts go.
import type { Tx } from '../db/tx.js';
import type { Recipient } from '../core/messenger.js';

export interface DigestUnit {
  id: number;
  key: string;
  name: string;
  timeZone: string;
  specialists: { id: number; handle: string; displayName: string; fte: number }[];
  supervisorIds: number[];
  clinicalTeamIds: number[];
  /** The unit's own channels (not its clinical teams'). */
  channels: Extract<Recipient, { kind: 'conversation' }>[];
}

export async function loadDigestUnit(tx: Tx, unitId: number): Promise<DigestUnit> {
  const unit = await tx.vocationalUnit.findUniqueOrThrow({
    where: { id: unitId },
    include: {
      staff: { where: { active: true, role: { in: ['specialist', 'supervisor'] } }, orderBy: { displayName: 'asc' } },
      clinicalTeams: { select: { id: true } },
      bindings: { orderBy: { id: 'asc' } },
    },
  });
  return {
    id: unit.id,
    key: unit.key,
    name: unit.name,
    timeZone: unit.timeZone,
    specialists: unit.staff
      .filter((s) => s.role === 'specialist')
      .map((s) => ({ id: s.id, handle: s.handle, displayName: s.displayName, fte: Number(s.fte) })),
    supervisorIds: unit.staff.filter((s) => s.role === 'supervisor').map((s) => s.id),
    clinicalTeamIds: unit.clinicalTeams.map((t) => t.id),
    channels: unit.bindings.map((b) => ({
      kind: 'conversation' as const,
      conversation: { platform: b.platform, workspace: b.workspace, channelId: b.channelId, isDirect: false },
    })),
  };
}
