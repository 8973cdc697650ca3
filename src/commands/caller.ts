import type { StaffRole } from '../generated/prisma/enums.js';

/** The roster member who ran a command, as the command handlers need them. */
export interface Caller {
  id: number;
  handle: string;
  displayName: string;
  role: StaffRole;
  champion: boolean;
  unitId: number | null;
  organisationId: number | null;
  clinicalTeamIds: number[];
  /** The unit's zone; "today" and "this week" are the caller's local ones. */
  timeZone: string;
}
