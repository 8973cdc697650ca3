// Opens the database: embedded PGlite in a folder (or in memory) by default, a
// PostgreSQL server when a URL is given. Both reach Prisma through the same
// driver adapter (PGlite serves the wire protocol from its own thread, see
// embedded-server.ts), and both get pending migrations applied before use.
import { mkdir } from 'node:fs/promises';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import type { PrismaClient } from '../generated/prisma/client.js';
import { makeSocketDir, startEmbeddedServer, type EmbeddedServer } from './embedded-server.js';
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

async function startEmbedded(location: Exclude<DatabaseLocation, { kind: 'postgres' }>, socketDir: string): Promise<EmbeddedServer> {
  if (location.kind === 'pglite-snapshot') return startEmbeddedServer({ snapshot: location.snapshot }, socketDir);
  if (!location.dataDir.includes('://')) await mkdir(location.dataDir, { recursive: true });
  return startEmbeddedServer({ dataDir: location.dataDir }, socketDir);
}

export interface OpenOptions {
  /** Apply pending migrations (default yes). */
  migrate?: boolean;
  /** Start-up writes (the demo roster) that one replica at a time may make, after the migrations. */
  prepare?: (db: Db) => Promise<void>;
}

/** Prisma's client on its driver adapter, with its query compiler loaded. */
interface Client {
  db: Db;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  connections: number;
  pool?: pg.Pool;
}

/**
 * Prisma's client and the PostgreSQL driver are loaded, and Prisma's query
 * compiler (WebAssembly) made ready, while the embedded database's thread
 * starts: `$connect` reaches no server, because pg opens a connection only
 * for a query. Loading the modules there took 0.2 s off a later start's first
 * reply; readying the compiler there took another 0.17 s (1.41 → 1.24 s,
 * medians of 8 later starts, alternating, compiled).
 */
async function connectClient(target: { url: string } | { socketDir: string }): Promise<Client> {
  const [{ PrismaClient }, { PrismaPg }, { default: pg }] = await Promise.all([
    import('../generated/prisma/client.js'),
    import('@prisma/adapter-pg'),
    import('pg'),
  ]);
  let client: Omit<Client, 'db'>;
  if ('url' in target) {
    client = {
      adapterFactory: new PrismaPg({ connectionString: target.url, max: serverPoolSize }, { statementNameGenerator: statementNames() }),
      connections: serverPoolSize,
    };
  } else {
    // PGlite is one session: one connection, kept open, shared by the
    // migration engine and the client, so that interactive transactions
    // queue for it whole and never interleave.
    const pool = new pg.Pool({ host: target.socketDir, user: 'postgres', database: 'postgres', max: 1, idleTimeoutMillis: 0 });
    // No named statements here: PGlite is one session behind every socket, so a
    // statement prepared on a connection pg has since dropped (it drops one
    // after any failed query) would already exist for its successor.
    client = { adapterFactory: new PrismaPg(pool), connections: 1, pool };
  }
  const db = new PrismaClient({ adapter: client.adapterFactory });
  await db.$connect();
  return { ...client, db };
}

export async function openDatabase(location: DatabaseLocation, options: OpenOptions = {}): Promise<Database> {
  let starting: Promise<EmbeddedServer> | undefined;
  let target: { url: string } | { socketDir: string };
  if (location.kind === 'postgres') target = { url: location.url };
  else {
    const socketDir = await makeSocketDir();
    starting = startEmbedded(location, socketDir);
    target = { socketDir };
  }
  const [server, connected] = await Promise.allSettled([starting, connectClient(target)]);
  const embedded = server.status === 'fulfilled' ? server.value : undefined;
  const client = connected.status === 'fulfilled' ? connected.value : undefined;
  const close = async () => {
    await client?.db.$disconnect();
    await client?.pool?.end();
    await embedded?.close();
  };
  const failed = [server, connected].find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed || !client) {
    // The database thread would keep the process alive.
    await close();
    throw failed?.reason;
  }
  const { db, adapterFactory, connections, pool } = client;
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
  return { db, location: location.kind, adapterFactory, connections, ...(embedded ? { pglite: embedded } : {}), close };
}
