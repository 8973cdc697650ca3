// A scheduled post is claimed by inserting its key. Claim and enqueue happen in
// one transaction: either both are committed (and the outbox delivers the post
// exactly once, even if the process dies right after) or neither is, and the
// next tick tries again. Two processes racing insert the same key; one wins.
import type { Tx } from '../db/tx.js';

export interface RunClaim {
  /** kind:scope:period, e.g. "agenda:harbour:2026-W48". */
  key: string;
  dueAt: Date;
  unitId?: number;
}

/** True when this caller won the claim; false when the run was already claimed. */
export async function claimRun(tx: Tx, claim: RunClaim, now: Date): Promise<boolean> {
  const { count } = await tx.scheduledRun.createMany({
    data: [{ key: claim.key, dueAt: claim.dueAt, unitId: claim.unitId ?? null, claimedAt: now, late: now.getTime() > claim.dueAt.getTime() + 5 * 60_000 }],
    skipDuplicates: true,
  });
  return count === 1;
}
