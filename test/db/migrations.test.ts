import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { applyMigrations, migrationsPending, schemaChangesSinceMigrations } from '../../src/db/migrations.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('migrations (Prisma schema engine, WebAssembly)', () => {
  it('has a migration for every change in prisma/schema.prisma', async () => {
    // Copies of an empty database, for the engine and its shadow database: a new one would run initdb twice.
    const empty = async () => PGlite.create({ loadDataDir: new Blob([await readFile(inject('pgliteEmptySnapshot'))]) });
    const factory = new PrismaPGlite(await empty());
    factory.connectToShadowDb = async () => new PrismaPGlite(await empty()).connect();
    const sql = await schemaChangesSinceMigrations(factory);
    expect(sql, 'run: npm run db:diff -- <name>').toBe('');
  }, 120_000);

  it('records applied migrations in _prisma_migrations and applies nothing twice', async () => {
    const rows = await database.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await applyMigrations(database.adapterFactory)).toEqual([]);
  });

  it('says whether a start needs the engine: a new database does, a migrated one does not, one missing a migration does', async () => {
    const fresh = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { migrate: false });
    try {
      expect(await migrationsPending(fresh.db)).toBe(true);
      await applyMigrations(fresh.adapterFactory);
      expect(await migrationsPending(fresh.db)).toBe(false);
      // As if this version brought a migration the database has not had.
      await fresh.db
        .$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`;
      expect(await migrationsPending(fresh.db)).toBe(true);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
