// Consent withdrawn after a celebration was posted: the post is edited to its
// anonymous form on the platform (Slack chat.update, Teams updateActivity),
// through the outbox, so an outage delays the edit rather than losing it.
import type { Tx } from '../db/tx.js';
import { enqueueAnonymise } from '../outbox/outbox.js';
import { outboxBodySchema } from '../outbox/outbox-schema.js';

/** The outbox keys of posts still up that name the person (celebrations not withdrawn, sent while they consented). */
export async function namedPostsAbout(tx: Tx, clientId: number): Promise<string[]> {
  const celebrations = await tx.celebration.findMany({ where: { clientId, withdrawnAt: null }, select: { outboxKeys: true } });
  const rows = await tx.outboxMessage.findMany({
    where: { dedupeKey: { in: celebrations.flatMap((c) => c.outboxKeys) }, status: 'sent' },
    select: { dedupeKey: true, message: true },
    orderBy: { id: 'asc' },
  });
  return rows
    .filter((r) => {
      const body = outboxBodySchema.safeParse(r.message).data;
      return body !== undefined && 'named' in body && body.named === true;
    })
    .map((r) => r.dedupeKey);
}

/** Queues the anonymising edit of each post; `stamp` keeps a later withdrawal's edits apart from this one's. */
export async function anonymisePosts(tx: Tx, keys: readonly string[], stamp: string, now: Date): Promise<number> {
  let queued = 0;
  for (const key of keys) if (await enqueueAnonymise(tx, { dedupeKey: `anonymise:${key}:${stamp}`, of: key }, now)) queued++;
  return queued;
}
