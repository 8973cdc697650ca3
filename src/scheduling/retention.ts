// What the bot keeps, and for how long. Idempotency records only need to
// outlive the platforms' redelivery window; sent outbox messages are kept a
// while for withdrawals and threads; audit events are records of care
// activity and are kept for years. Failed outbox messages stay for the
// supervisor to see.
//
// Pruning runs once an hour in each process, in batches of bounded size and a
// bounded number of batches per run, so that a large backlog (the first run
// after an upgrade) is worked off over several hours instead of holding locks
// for minutes. Two processes pruning at once only delete the same rows once.
import type { Db } from '../db/database.js';
import type { Logger } from '../core/logger.js';
import { logger as processLogger } from '../observability/logger.js';
import { retentionDeleted } from '../observability/metrics.js';
import type { ScheduledJob } from './scheduler.js';

export interface RetentionSettings {
  idempotencyHours: number;
  sentOutboxDays: number;
  auditYears: number;
}

export const defaultRetention: RetentionSettings = { idempotencyHours: 24, sentOutboxDays: 30, auditYears: 8 };

export interface PruneLimits {
  batchSize: number;
  maxBatches: number;
}

const defaultLimits: PruneLimits = { batchSize: 1000, maxBatches: 20 };

export interface Pruned {
  idempotency: number;
  sentOutbox: number;
  audit: number;
  /** Stored files past their expiry. */
  files: number;
}

const hourMs = 3600_000;
const dayMs = 24 * hourMs;

/** Runs `batch` until it deletes less than a full batch, or the batch budget is spent. */
async function inBatches(limits: PruneLimits, batch: (size: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (let i = 0; i < limits.maxBatches; i++) {
    const deleted = await batch(limits.batchSize);
    total += deleted;
    if (deleted < limits.batchSize) break;
  }
  return total;
}

export async function pruneExpired(db: Db, now: Date, settings: RetentionSettings, limits: PruneLimits = defaultLimits): Promise<Pruned> {
  const idempotencyCutoff = new Date(now.getTime() - settings.idempotencyHours * hourMs);
  const outboxCutoff = new Date(now.getTime() - settings.sentOutboxDays * dayMs);
  const auditCutoff = new Date(now);
  auditCutoff.setUTCFullYear(auditCutoff.getUTCFullYear() - settings.auditYears);

  const idempotency = await inBatches(
    limits,
    (size) => db.$executeRaw`
      DELETE FROM "ProcessedCommand" WHERE key IN (
        SELECT key FROM "ProcessedCommand" WHERE "createdAt" < ${idempotencyCutoff} ORDER BY "createdAt" LIMIT ${size})`,
  );
  const sentOutbox = await inBatches(
    limits,
    (size) => db.$executeRaw`
      DELETE FROM "OutboxMessage" WHERE id IN (
        SELECT id FROM "OutboxMessage" WHERE status = 'sent' AND "sentAt" < ${outboxCutoff} ORDER BY id LIMIT ${size})`,
  );
  // Audit events have no index on their time: each batch looks only at the
  // oldest rows by id (ids grow with time), and a batch that finds one still
  // kept ends the run, so no run scans the years of events that are not due.
  const audit = await inBatches(
    limits,
    (size) => db.$executeRaw`
      DELETE FROM "AuditEvent" WHERE id IN (
        SELECT id FROM (SELECT id, at FROM "AuditEvent" ORDER BY id LIMIT ${size}) oldest WHERE at < ${auditCutoff})`,
  );

  // Exports and charts carry their own expiry: past it they are gone, whatever the settings.
  const files = await inBatches(
    limits,
    (size) => db.$executeRaw`
      DELETE FROM "StoredFile" WHERE id IN (SELECT id FROM "StoredFile" WHERE "expiresAt" < ${now} ORDER BY "expiresAt" LIMIT ${size})`,
  );

  retentionDeleted.inc({ table: 'ProcessedCommand' }, idempotency);
  retentionDeleted.inc({ table: 'StoredFile' }, files);
  retentionDeleted.inc({ table: 'OutboxMessage' }, sentOutbox);
  retentionDeleted.inc({ table: 'AuditEvent' }, audit);
  return { idempotency, sentOutbox, audit, files };
}

/** The scheduler's retention job: prunes on its first tick, then once an hour (every tick until a run succeeds). */
export function retentionJob(deps: { db: Db; settings: RetentionSettings; limits?: PruneLimits; logger?: Logger }): ScheduledJob {
  const logger = deps.logger ?? processLogger;
  let nextRunAt = 0;
  return {
    name: 'retention',
    async run(now) {
      if (now.getTime() < nextRunAt) return;
      const pruned = await pruneExpired(deps.db, now, deps.settings, deps.limits);
      nextRunAt = now.getTime() + hourMs;
      if (pruned.idempotency + pruned.sentOutbox + pruned.audit > 0)
        logger.info({ event: 'retention.pruned', ...pruned }, 'pruned expired rows');
    },
  };
}
