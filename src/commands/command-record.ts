// What a command that wrote something leaves behind: its audit events and the
// idempotency record holding its reply, in one statement (one round trip on
// the path every /contact waits on) inside the command's transaction.
import type { Tx } from '../db/tx.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { CommandReply } from '../core/invocation.js';
import { toStoredReply } from '../core/reply-schema.js';

/** One audit event as a command records it; `at` is the command's time, shared by all. */
export type CommandAudit = Pick<Prisma.AuditEventCreateManyInput, 'actorId' | 'platform' | 'action' | 'entity' | 'entityId' | 'details'>;

export async function writeCommandRecord(
  tx: Tx,
  key: string,
  reply: CommandReply,
  audits: readonly CommandAudit[],
  at: Date,
): Promise<void> {
  // A timestamp without time zone reads an ISO string's "Z" as UTC, as Prisma stores it.
  await tx.$executeRaw`
    WITH audit AS (
      INSERT INTO "AuditEvent" ("actorId", platform, action, entity, "entityId", details, at)
      SELECT a."actorId", a.platform, a.action, a.entity, a."entityId", a.details, ${at.toISOString()}::timestamp(3)
      FROM jsonb_to_recordset(${JSON.stringify(audits)}::jsonb)
        AS a("actorId" int, platform text, action text, entity text, "entityId" text, details jsonb)
    )
    INSERT INTO "ProcessedCommand" (key, reply, "createdAt")
    VALUES (${key}, ${JSON.stringify(toStoredReply(reply))}::jsonb, ${at.toISOString()}::timestamp(3))`;
}
