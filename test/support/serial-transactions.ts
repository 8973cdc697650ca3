// Every command runs in one interactive transaction, which owns one
// connection: its queries run one at a time. Prisma 7 queues the calls made
// on one transaction client, so a Promise.all over `tx` gains nothing and
// hides the order of the work; it would put two queries on one connection at
// once if that queueing went away (the `pg` driver only warns about that
// today and refuses it from pg 9). The test database's client refuses it: a
// call on a transaction that starts while another call on it is running
// fails, and is remembered so that code which swallows the error still fails
// its test file.
//
// Prisma's own concurrency inside one call (the relations of an `include`,
// prisma/orm#29468) is not counted: no call site can change it.
import type { Db } from '../../src/db/database.js';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export class ConcurrentQueryInTransaction extends Error {
  constructor(running: string, started: string) {
    super(`${started} started while ${running} was running in the same transaction: await one before starting the next`);
    this.name = 'ConcurrentQueryInTransaction';
  }
}

/** What Prisma tells a query extension about the transaction a call runs in (not in its public types). */
interface CallInTransaction {
  __internalParams?: { transaction?: { kind: string; id: string | number } };
}

export interface SerialTransactionsClient {
  db: Db;
  /** Every concurrent call seen so far. */
  violations: readonly Error[];
}

export function serialTransactionsClient(adapter: SqlMigrationAwareDriverAdapterFactory): SerialTransactionsClient {
  const violations: Error[] = [];
  /** Interactive transactions with a call running: what it is. */
  const running = new Map<string | number, string>();
  const db = new PrismaClient({ adapter }).$extends({
    query: {
      async $allOperations(params) {
        const { model, operation, args, query } = params;
        const transaction = (params as unknown as CallInTransaction).__internalParams?.transaction;
        if (transaction?.kind !== 'itx') return query(args);
        const call = model ? `${model}.${operation}` : operation;
        const other = running.get(transaction.id);
        if (other !== undefined) {
          const violation = new ConcurrentQueryInTransaction(other, call);
          violations.push(violation);
          throw violation;
        }
        running.set(transaction.id, call);
        try {
          return await query(args);
        } finally {
          running.delete(transaction.id);
        }
      },
    },
  });
  return { db: db as unknown as Db, violations };
}
