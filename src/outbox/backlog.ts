// How far behind the outbox is: for /readyz and the /metrics gauges.
import type { Db } from '../db/database.js';

export interface OutboxBacklog {
  /** Messages not sent yet: due, waiting out a retry, or held for later. */
  depth: number;
  /** How long the oldest message that could be sent now has waited; 0 when none is due. */
  oldestDueAgeSeconds: number;
}

export async function outboxBacklog(db: Db, now: Date): Promise<OutboxBacklog> {
  const [row] = await db.$queryRaw<{ depth: number; oldestDue: Date | null }[]>`
    SELECT count(*)::int AS depth, min("notBefore") FILTER (WHERE "notBefore" <= ${now}) AS "oldestDue"
    FROM "OutboxMessage" WHERE status = 'pending'`;
  const oldestDue = row?.oldestDue;
  return {
    depth: row?.depth ?? 0,
    oldestDueAgeSeconds: oldestDue ? Math.max(0, Math.round((now.getTime() - oldestDue.getTime()) / 1000)) : 0,
  };
}
