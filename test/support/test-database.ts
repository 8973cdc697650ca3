// A fresh, migrated database for one test file: a copy of the embedded
// template by default, or a new database on the server named by
// TEST_DATABASE_URL (created here, dropped afterwards).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';

export const serverUrl = process.env.TEST_DATABASE_URL;

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase extends Database {
  /** The server URL of this database, when on PostgreSQL (for a second process). */
  url?: string;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) {
    const snapshot = new Blob([await readFile(inject('pgliteSnapshot'))]);
    return openDatabase({ kind: 'pglite-snapshot', snapshot }, { migrate: false });
  }
  const name = `ips_test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
