// The little an adapter may learn about people: whether an account is linked,
// which employers match what its owner types, and which workspace it is in.
import type { PeopleDirectory } from '../core/platform-adapter.js';
import type { Db } from '../db/database.js';
import { searchEmployers } from './employers.js';
import { findCaller } from './roster.js';

export function createPeopleDirectory(db: Db): PeopleDirectory {
  return {
    async roleOf(platform, workspace, userId) {
      return (await findCaller(db, platform, workspace, userId))?.role;
    },
    async employerSuggestions(platform, workspace, userId, query, limit) {
      const caller = await findCaller(db, platform, workspace, userId);
      if (caller?.organisationId == null) return [];
      return (await searchEmployers(db, caller.organisationId, query, limit)).map((e) => e.name);
    },
    async workspaceOf(platform, userId) {
      const identity = await db.staffIdentity.findFirst({ where: { platform, externalId: userId }, select: { workspace: true } });
      return identity?.workspace;
    },
  };
}
