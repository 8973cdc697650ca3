// The specialists the benches' senders speak as. A bench that sent every
// command as one person measured a week nobody has: the Teams bench logged
// 12,500 contacts for one specialist in one week, and each /contact counts
// the caller's contacts in the week for its reply (a real week holds 6–30).
// Two hundred specialists in one unit stand for a large service (fifty units
// of four): each logs tens of contacts in the bench's week, and concurrent
// senders are different people, as they are at work.
import type { Db } from '../src/db/database.js';

const benchSpecialistCount = 200;

export interface BenchSpecialist {
  handle: string;
  id: number;
}

/** Adds the bench's specialists to the demo roster's first unit (aroha's). */
export async function addBenchSpecialists(db: Db): Promise<BenchSpecialist[]> {
  const { unitId } = await db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
  const handles = Array.from({ length: benchSpecialistCount }, (_, i) => `bench-${i}`);
  await db.staff.createMany({
    data: handles.map((handle) => ({ handle, displayName: `Bench ${handle}`, role: 'specialist' as const, unitId })),
  });
  return db.staff.findMany({ where: { handle: { in: handles } }, select: { handle: true, id: true }, orderBy: { id: 'asc' } });
}

/** Links each specialist to the account `externalId` names on a platform. */
export async function linkBenchSpecialists(
  db: Db,
  specialists: readonly BenchSpecialist[],
  account: { platform: 'slack' | 'teams'; workspace: string; externalId(handle: string): string },
): Promise<void> {
  await db.staffIdentity.createMany({
    data: specialists.map((s) => ({
      staffId: s.id,
      platform: account.platform,
      workspace: account.workspace,
      externalId: account.externalId(s.handle),
    })),
  });
}
