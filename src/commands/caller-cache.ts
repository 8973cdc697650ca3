// Who is calling, remembered for a few seconds: the roster is read on every
// command, and changes a few times a month. A roster change made through this
// process clears it at once (the router sees the change's audit events); one
// made elsewhere (another replica, `npm run roster`) is seen within
// callerCacheMs. Only people found are remembered, so someone just linked
// never waits.
import type { Clock } from '../core/clock.js';
import type { Platform } from '../core/platform.js';
import type { Db } from '../db/database.js';
import { findCaller } from '../services/roster.js';
import type { Caller } from './caller.js';

/** How long a roster change made in another process may take to reach this one. */
export const callerCacheMs = 10_000;

/** Audited entities whose change can change a Caller: who, in which unit and teams, with which role. */
export const callerEntities: ReadonlySet<string> = new Set(['Staff', 'StaffIdentity', 'StaffTeam', 'VocationalUnit', 'ClinicalTeam']);

export interface CallerCache {
  get(platform: Platform, workspace: string, userId: string): Promise<Caller | undefined>;
  clear(): void;
}

export function callerCache(db: Db, clock: Clock): CallerCache {
  const entries = new Map<string, { caller: Caller; until: number }>();
  // A lookup that started before a clear must not put back what it read.
  let generation = 0;
  return {
    async get(platform, workspace, userId) {
      const key = `${platform}\u0000${workspace}\u0000${userId}`;
      const now = clock.now().getTime();
      const hit = entries.get(key);
      if (hit && hit.until > now) return hit.caller;
      const started = generation;
      const caller = await findCaller(db, platform, workspace, userId);
      if (caller && started === generation) entries.set(key, { caller, until: now + callerCacheMs });
      else entries.delete(key);
      return caller;
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}
