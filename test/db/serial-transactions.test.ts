import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcurrentQueryInTransaction, serialTransactionsClient, type SerialTransactionsClient } from '../support/serial-transactions.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let guarded: SerialTransactionsClient;
beforeAll(async () => {
  database = await openTestDatabase();
  guarded = serialTransactionsClient(database.adapterFactory);
});
afterAll(async () => {
  await guarded?.db.$disconnect();
  await database?.close();
});

describe('the test database refuses concurrent queries in one transaction', () => {
  it('fails a Promise.all over two queries on one transaction, and remembers it', async () => {
    const run = guarded.db.$transaction((tx) => Promise.all([tx.staff.findMany(), tx.clinicalTeam.findMany()]));
    await expect(run).rejects.toThrow(ConcurrentQueryInTransaction);
    expect(guarded.violations).toHaveLength(1);
  });

  it('lets the same queries run one after the other, and Prisma load the relations of one include', async () => {
    const before = guarded.violations.length;
    await guarded.db.$transaction(async (tx) => {
      await tx.staff.findMany();
      await tx.clinicalTeam.findMany();
      await tx.client.findMany({ include: { contacts: true, outreach: true, jobs: true } });
    });
    expect(guarded.violations).toHaveLength(before);
  });

  it('leaves queries outside a transaction alone: each may take its own connection', async () => {
    const before = guarded.violations.length;
    await Promise.all([guarded.db.staff.findMany(), guarded.db.clinicalTeam.findMany()]);
    expect(guarded.violations).toHaveLength(before);
  });
});
