// A fresh, migrated database for one test file: a copy of the embedded
// template by default, or a new database on the server named by
// TEST_DATABASE_URL (created here, dropped afterwards).
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createScratchDatabase } from './scratch-database.js';

export const serverUrl = process.env.TEST_DATABASE_URL;

export interface TestDatabase extends Database {
  /** The server URL of this database, when on PostgreSQL (for a second process). */
  url?: string;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) {
    const snapshot = new Blob([await readFile(inject('pgliteSnapshot'))]);
    return openDatabase({ kind: 'pglite-snapshot', snapshot }, { migrate: false });
  }
  const scratch = await createScratchDatabase(serverUrl, 'ips_test');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  return {
    ...database,
    url: scratch.url,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
