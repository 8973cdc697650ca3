// Who is calling, remembered for a few seconds: the roster is read on every
// command and changes a few times a month, always from outside the command
// path (`npm run roster`, or an admin on another replica). A change reaches
// this process within callerCacheMs. Only people found are remembered, so
// someone just linked, anywhere, is recognised at once.
import type { Clock } from '../core/clock.js';
import type { Platform } from '../core/platform.js';
import type { Db } from '../db/database.js';
import { findCaller } from '../services/roster.js';
import type { Caller } from './caller.js';

/** How long a roster change (a role, a unit, someone removed) may take to reach a running bot. */
export const callerCacheMs = 10_000;

export type CallerLookup = (platform: Platform, workspace: string, userId: string) => Promise<Caller | undefined>;

export function cachedCallers(db: Db, clock: Clock): CallerLookup {
  const entries = new Map<string, { caller: Caller; until: number }>();
  return async (platform, workspace, userId) => {
    const key = `${platform}\u0000${workspace}\u0000${userId}`;
    const now = clock.now().getTime();
    const hit = entries.get(key);
    if (hit && hit.until > now) return hit.caller;
    const caller = await findCaller(db, platform, workspace, userId);
    if (caller) entries.set(key, { caller, until: now + callerCacheMs });
    else entries.delete(key);
    return caller;
  };
}
