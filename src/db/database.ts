// Opens the database: embedded PGlite in a folder (or in memory) by default, a
// PostgreSQL server when a URL is given. Both reach Prisma through the same
// driver adapter (PGlite serves the wire protocol from its own thread, see
// embedded-server.ts), and both get pending migrations applied before use.
import { mkdir } from 'node:fs/promises';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import type { PrismaClient } from '../generated/prisma/client.js';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server.js';
import { applyMigrations, migrationsPending } from './migrations.js';
import { statementNames } from './statement-names.js';
import { underStartupLock } from './startup-lock.js';

export type Db = PrismaClient;

/** Connections per process to a PostgreSQL server (pg's default); several replicas multiply it. */
const serverPoolSize = 10;

export type DatabaseLocation =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string } // a folder path, or "memory://"
  | { kind: 'pglite-snapshot'; snapshot: Blob }; // a copy of a migrated database (tests)

export interface Database {
  readonly db: Db;
  readonly location: DatabaseLocation['kind'];
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** How many transactions can run at once: one on the embedded database, the pool's size on a server. */
  readonly connections: number;
  /** The embedded engine, for snapshots; absent on a server. */
  readonly pglite?: Pick<EmbeddedServer, 'dumpDataDir'>;
  close(): Promise<void>;
}

async function startEmbedded(location: Exclude<DatabaseLocation, { kind: 'postgres' }>): Promise<EmbeddedServer> {
  if (location.kind === 'pglite-snapshot') return startEmbeddedServer({ snapshot: location.snapshot });
  if (!location.dataDir.includes('://')) await mkdir(location.dataDir, { recursive: true });
  return startEmbeddedServer({ dataDir: location.dataDir });
}

export interface OpenOptions {
  /** Apply pending migrations (default yes). */
  migrate?: boolean;
  /** Start-up writes (the demo roster) that one replica at a time may make, after the migrations. */
  prepare?: (db: Db) => Promise<void>;
}

/**
 * Prisma's client and the PostgreSQL driver, loaded while the embedded
 * database's thread starts rather than before it: a later start's first reply
 * came about 0.2 s sooner.
 */
async function loadClientModules() {
  const [{ PrismaClient }, { PrismaPg }, { default: pg }] = await Promise.all([
    import('../generated/prisma/client.js'),
    import('@prisma/adapter-pg'),
    import('pg'),
  ]);
  return { PrismaClient, PrismaPg, pg };
}

export async function openDatabase(location: DatabaseLocation, options: OpenOptions = {}): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let pool: pg.Pool | undefined;
  let adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  let connections = serverPoolSize;
  const [{ PrismaClient, PrismaPg, pg }, started] = await Promise.all([
    loadClientModules(),
    location.kind === 'postgres' ? undefined : startEmbedded(location),
  ]);
  if (location.kind === 'postgres') {
    adapterFactory = new PrismaPg({ connectionString: location.url, max: serverPoolSize }, { statementNameGenerator: statementNames() });
  } else {
    embedded = started!;
    // PGlite is one session: one connection, kept open, shared by the
    // migration engine and the client, so that interactive transactions
    // queue for it whole and never interleave.
    pool = new pg.Pool({ host: embedded.socketDir, user: 'postgres', database: 'postgres', max: 1, idleTimeoutMillis: 0 });
    connections = 1;
    // No named statements here: PGlite is one session behind every socket, so a
    // statement prepared on a connection pg has since dropped (it drops one
    // after any failed query) would already exist for its successor.
    adapterFactory = new PrismaPg(pool);
  }
  const db = new PrismaClient({ adapter: adapterFactory });
  const close = async () => {
    await db.$disconnect();
    await pool?.end();
    await embedded?.close();
  };
  try {
    // Connected now, so that a first transaction's 2 s wait (Prisma's maxWait) does not include the handshake.
    await pool?.query('SELECT 1');
    const startUp = async () => {
      if ((options.migrate ?? true) && (await migrationsPending(db))) await applyMigrations(adapterFactory);
      await options.prepare?.(db);
    };
    if (location.kind === 'postgres') await underStartupLock(location.url, startUp);
    else await startUp();
  } catch (error) {
    // The database thread would keep the process alive.
    await close();
    throw error;
  }
  return { db, location: location.kind, adapterFactory, connections, pglite: embedded, close };
}
