import type { Db } from '../db/database.js';
import type { Platform } from '../core/platform.js';
import type { Caller } from '../commands/caller.js';

const defaultTimeZone = 'Europe/London';

/**
 * Finds the roster member behind a platform account. On the terminal the user
 * id is the roster handle itself: whoever runs the terminal is trusted.
 */
export async function findCaller(db: Db, platform: Platform, workspace: string, userId: string): Promise<Caller | undefined> {
  const include = { unit: { select: { timeZone: true, organisationId: true } }, teams: { select: { clinicalTeamId: true } } } as const;
  const staff =
    platform === 'console'
      ? await db.staff.findUnique({ where: { handle: userId }, include })
      : (
          await db.staffIdentity.findUnique({
            where: { platform_workspace_externalId: { platform, workspace, externalId: userId } },
            include: { staff: { include } },
          })
        )?.staff;
  if (!staff || !staff.active) return undefined;
  return {
    id: staff.id,
    handle: staff.handle,
    displayName: staff.displayName,
    role: staff.role,
    champion: staff.champion,
    unitId: staff.unitId,
    organisationId: staff.unit?.organisationId ?? null,
    clinicalTeamIds: staff.teams.map((t) => t.clinicalTeamId),
    timeZone: staff.unit?.timeZone ?? defaultTimeZone,
  };
}
