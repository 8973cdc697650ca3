// A scheduled post is claimed by inserting its key. Claim and enqueue happen in
// one transaction: either both are committed (and the outbox delivers the post
// exactly once, even if the process dies right after) or neither is, and the
// next tick tries again. Two processes racing insert the same key; one wins.
import type { Tx } from '../db/tx.js';
import { scheduledPosts } from '../observability/metrics.js';

export interface RunClaim {
  /** kind:scope:period, e.g. "agenda:harbour:2026-W48". */
  key: string;
  dueAt: Date;
  unitId?: number;
}

/** A run claimed more than this after it fell due went out late (the bot was down). */
export const lateAfterMs = 5 * 60_000;

export function isLate(dueAt: Date, now: Date): boolean {
  return now.getTime() > dueAt.getTime() + lateAfterMs;
}

/** True when this caller won the claim; false when the run was already claimed. */
export async function claimRun(tx: Tx, claim: RunClaim, now: Date): Promise<boolean> {
  const { count } = await tx.scheduledRun.createMany({
    data: [{ key: claim.key, dueAt: claim.dueAt, unitId: claim.unitId ?? null, claimedAt: now, late: isLate(claim.dueAt, now) }],
    skipDuplicates: true,
  });
  // Counted when claimed: a claim rolled back with its transaction (the
  // enqueue failed) is counted again when the next tick claims it.
  if (count === 1) scheduledPosts.inc({ kind: claim.key.split(':', 1)[0] });
  return count === 1;
}
