// A fresh, migrated database for one test file: a copy of the embedded
// template by default, or a new database on the server named by
// TEST_DATABASE_URL (created here, dropped afterwards). Either way its
// transactions refuse concurrent queries (see serial-transactions.ts).
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createScratchDatabase } from './scratch-database.js';
import { serialTransactionsClient } from './serial-transactions.js';

export const serverUrl = process.env.TEST_DATABASE_URL;

export interface TestDatabase extends Database {
  /** The server URL of this database, when on PostgreSQL (for a second process). */
  url?: string;
}

function withSerialTransactions(database: Database, extra: { url?: string; dropped?: () => Promise<void> } = {}): TestDatabase {
  const serial = serialTransactionsClient(database.adapterFactory);
  const { db } = serial;
  return {
    ...database,
    db,
    url: extra.url,
    async close() {
      await db.$disconnect();
      await database.close();
      await extra.dropped?.();
      if (serial.violations.length > 0) throw serial.violations[0]!;
    },
  };
}

/** `server` puts it on that PostgreSQL server instead (a test's private one). */
export async function openTestDatabase(server = serverUrl): Promise<TestDatabase> {
  if (!server) {
    const snapshot = new Blob([await readFile(inject('pgliteSnapshot'))]);
    return withSerialTransactions(await openDatabase({ kind: 'pglite-snapshot', snapshot }, { migrate: false }));
  }
  const scratch = await createScratchDatabase(server, 'ips_test');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  return withSerialTransactions(database, { url: scratch.url, dropped: () => scratch.drop() });
}
