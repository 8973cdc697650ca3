// Opens the database: embedded PGlite in a folder (or in memory) by default, a
// PostgreSQL server when a URL is given. Both reach Prisma through a driver
// adapter, and both get pending migrations applied before use.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { applyMigrations } from './migrations.js';

export type Db = PrismaClient;

export type DatabaseLocation =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string } // a folder path, or "memory://"
  | { kind: 'pglite-snapshot'; snapshot: Blob }; // a copy of a migrated database (tests)

export interface Database {
  readonly db: Db;
  readonly location: DatabaseLocation['kind'];
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The embedded engine, for snapshots; absent on a server. */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

export async function openDatabase(location: DatabaseLocation, options: { migrate?: boolean } = {}): Promise<Database> {
  let pglite: PGlite | undefined;
  let adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  if (location.kind === 'postgres') {
    adapterFactory = new PrismaPg({ connectionString: location.url });
  } else {
    if (location.kind === 'pglite' && !location.dataDir.includes('://')) await mkdir(location.dataDir, { recursive: true });
    pglite = location.kind === 'pglite' ? await PGlite.create(location.dataDir) : await PGlite.create({ loadDataDir: location.snapshot });
    adapterFactory = new PrismaPGlite(pglite);
  }
  if (options.migrate ?? true) await applyMigrations(adapterFactory);
  const db = new PrismaClient({ adapter: adapterFactory });
  return {
    db,
    location: location.kind,
    adapterFactory,
    pglite,
    async close() {
      await db.$disconnect();
      await pglite?.close();
    },
  };
}
