// Withdrawing a celebration posted by mistake: what is still queued is
// cancelled, what was posted is deleted on the platform through the outbox
// (so a platform outage delays the deletion rather than losing it).
import type { Tx } from '../db/tx.js';
import { cancelPending, enqueueWithdrawal } from '../outbox/outbox.js';

/** How long after a celebration appears (or was queued) its specialist may withdraw it. */
export const withdrawWindowHours = 24;

export interface WithdrawableCelebration {
  id: number;
  key: string;
  outboxKeys: string[];
}

/**
 * The specialist's most recent celebration still up: one of their jobs (or
 * their client's interview), not withdrawn, posted or queued within the window.
 */
export async function lastCelebrationOf(tx: Tx, specialistId: number, now: Date): Promise<WithdrawableCelebration | undefined> {
  const since = new Date(now.getTime() - withdrawWindowHours * 3600_000);
  const jobs = await tx.job.findMany({ where: { specialistId }, select: { id: true } });
  const clients = await tx.client.findMany({ where: { specialistId }, select: { id: true } });
  const candidates = await tx.celebration.findMany({
    where: {
      withdrawnAt: null,
      OR: [{ jobId: { in: jobs.map((j) => j.id) } }, { jobId: null, clientId: { in: clients.map((c) => c.id) } }],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
  });
  for (const c of candidates) {
    const rows = await tx.outboxMessage.findMany({ where: { dedupeKey: { in: c.outboxKeys } }, select: { sentAt: true, notBefore: true } });
    const seen = Math.max(c.createdAt.getTime(), ...rows.map((r) => (r.sentAt ?? r.notBefore).getTime()));
    if (seen >= since.getTime()) return c;
  }
  return undefined;
}

/** Cancels or deletes each of its posts; counts how many were cancelled before sending and how many are being deleted. */
export async function withdrawCelebration(
  tx: Tx,
  celebration: WithdrawableCelebration,
  now: Date,
): Promise<{ cancelled: number; deleted: number }> {
  let cancelled = 0;
  let deleted = 0;
  for (const key of celebration.outboxKeys) {
    if (await cancelPending(tx, key)) cancelled++;
    else if (await enqueueWithdrawal(tx, { dedupeKey: `withdraw:${key}`, of: key }, now)) deleted++;
  }
  await tx.celebration.update({ where: { id: celebration.id }, data: { withdrawnAt: now } });
  return { cancelled, deleted };
}
