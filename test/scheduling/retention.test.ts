// Retention on the real database: what is pruned, what is kept, in bounded
// batches, once an hour.
import { fileStore } from '../../src/files/file-store.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { createLogger } from '../../src/observability/logger.js';
import { pruneExpired, retentionJob } from '../../src/scheduling/retention.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

const now = new Date('2026-11-23T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const daysAgo = (d: number) => hoursAgo(24 * d);
const settings = { idempotencyHours: 24, sentOutboxDays: 30, auditYears: 8 };

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  const { db } = database;
  await db.processedCommand.deleteMany();
  await db.outboxMessage.deleteMany();
  await db.auditEvent.deleteMany();
});

async function processed(...ages: [key: string, hours: number][]) {
  await database.db.processedCommand.createMany({ data: ages.map(([key, h]) => ({ key, reply: {}, createdAt: hoursAgo(h) })) });
}

async function outbox(dedupeKey: string, status: 'pending' | 'sent' | 'failed', ageDays: number) {
  const at = daysAgo(ageDays);
  const row: Prisma.OutboxMessageCreateManyInput = {
    dedupeKey,
    orderingKey: 'x',
    destination: {},
    message: {},
    status,
    createdAt: at,
    notBefore: at,
  };
  await database.db.outboxMessage.createMany({ data: [{ ...row, sentAt: status === 'sent' ? at : null }] });
}

async function audits(...yearsAgo: number[]) {
  for (const years of yearsAgo) {
    const at = new Date(now);
    at.setUTCFullYear(at.getUTCFullYear() - years);
    await database.db.auditEvent.create({ data: { action: 'contact.create', entity: 'EmployerContact', entityId: String(years), at } });
  }
}

const keys = async () => ({
  processed: (await database.db.processedCommand.findMany({ orderBy: { key: 'asc' } })).map((r) => r.key),
  outbox: (await database.db.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((r) => r.dedupeKey),
  audit: (await database.db.auditEvent.findMany({ orderBy: { id: 'asc' } })).map((r) => r.entityId),
});

describe('retention', () => {
  it('prunes idempotency records after a day and sent messages after 30 days, and keeps audit events for 8 years', async () => {
    await processed(['a-day-and-an-hour', 25], ['an-hour-ago', 1]);
    await outbox('sent-31-days-ago', 'sent', 31);
    await outbox('sent-29-days-ago', 'sent', 29);
    await outbox('failed-long-ago', 'failed', 400);
    await outbox('pending-long-ago', 'pending', 400);
    await audits(9, 8.5, 7, 1);
    const store = (keepMs: number) =>
      fileStore(database.db, new Date(now.getTime() - 3600_000), keepMs).save({
        name: 'x.csv',
        mimeType: 'text/csv',
        bytes: Buffer.from('x'),
      });
    const expired = await store(30 * 60_000);
    const kept = await store(2 * 3600_000);

    expect(await pruneExpired(database.db, now, settings)).toEqual({ idempotency: 1, sentOutbox: 1, audit: 2, files: 1 });
    expect(await keys()).toEqual({
      processed: ['an-hour-ago'],
      outbox: ['sent-29-days-ago', 'failed-long-ago', 'pending-long-ago'],
      audit: ['7', '1'],
    });
    expect((await database.db.storedFile.findMany({ select: { id: true } })).map((f) => f.id)).toEqual([kept.id]);
    expect(expired.id).not.toBe(kept.id);
  });

  it('follows the settings', async () => {
    await processed(['three-hours', 3]);
    await outbox('sent-8-days-ago', 'sent', 8);
    await audits(2);
    expect(await pruneExpired(database.db, now, { idempotencyHours: 2, sentOutboxDays: 7, auditYears: 1 })).toEqual({
      idempotency: 1,
      sentOutbox: 1,
      audit: 1,
      files: 0,
    });
  });

  it('deletes in batches, no more than the budget per run; the next run goes on', async () => {
    await processed(['p1', 30], ['p2', 31], ['p3', 32], ['p4', 33], ['p5', 34]);
    await audits(12, 11, 10, 9, 1);
    const limits = { batchSize: 2, maxBatches: 2 };
    expect(await pruneExpired(database.db, now, settings, limits)).toEqual({ idempotency: 4, sentOutbox: 0, audit: 4, files: 0 });
    expect(await keys()).toMatchObject({ processed: ['p1'], audit: ['1'] });
    expect(await pruneExpired(database.db, now, settings, limits)).toEqual({ idempotency: 1, sentOutbox: 0, audit: 0, files: 0 });
  });

  it('runs as a scheduled job on its first tick, then once an hour', async () => {
    const job = retentionJob({ db: database.db, settings, logger: createLogger({ level: 'silent' }) });
    await processed(['old', 25]);
    await job.run(now);
    await processed(['old-too', 25]);
    await job.run(new Date(now.getTime() + 59 * 60_000));
    expect((await keys()).processed).toEqual(['old-too']);
    await job.run(new Date(now.getTime() + 60 * 60_000));
    expect((await keys()).processed).toEqual([]);
  });
});
