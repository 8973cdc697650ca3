import type { Db } from '../db/database.js';
import type { Platform } from '../core/platform.js';
import type { Caller } from '../commands/caller.js';
import type { StaffRole } from '../generated/prisma/enums.js';
import { Prisma } from '../generated/prisma/client.js';

const defaultTimeZone = 'Europe/London';

type CallerRow = Omit<Caller, 'timeZone' | 'clinicalTeamIds'> & { timeZone: string | null; clinicalTeamIds: number[]; role: StaffRole };

/**
 * Finds the roster member behind a platform account, in one query: every
 * command starts here. On the terminal the user id is the roster handle
 * itself: whoever runs the terminal is trusted.
 */
export async function findCaller(db: Db, platform: Platform, workspace: string, userId: string): Promise<Caller | undefined> {
  const match =
    platform === 'console'
      ? Prisma.sql`s.handle = ${userId}`
      : Prisma.sql`s.id = (SELECT i."staffId" FROM "StaffIdentity" i
          WHERE i.platform = ${platform} AND i.workspace = ${workspace} AND i."externalId" = ${userId})`;
  const [row] = await db.$queryRaw<CallerRow[]>`
    SELECT s.id, s.handle, s."displayName", s.role::text AS role, s.champion, s."unitId",
      u."organisationId", u."timeZone",
      COALESCE(array_agg(t."clinicalTeamId" ORDER BY t."clinicalTeamId") FILTER (WHERE t."clinicalTeamId" IS NOT NULL), '{}') AS "clinicalTeamIds"
    FROM "Staff" s
    LEFT JOIN "VocationalUnit" u ON u.id = s."unitId"
    LEFT JOIN "StaffTeam" t ON t."staffId" = s.id
    WHERE ${match} AND s.active
    GROUP BY s.id, u.id`;
  return row && { ...row, timeZone: row.timeZone ?? defaultTimeZone };
}
