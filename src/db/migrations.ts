// Prisma's own schema engine, compiled to WebAssembly, writes and applies the
// migrations in prisma/migrations. The native engine cannot be downloaded on
// our machines (see PRISMA-OFFLINE.md); the WebAssembly build is the same code
// and records applied migrations in the standard `_prisma_migrations` table, so
// `prisma migrate deploy` agrees with it wherever the native engine exists.
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import type { Db } from './database.js';
import { packageRoot } from '../package-root.js';

export const migrationsDir = join(packageRoot, 'prisma/migrations');
export const schemaPath = join(packageRoot, 'prisma/schema.prisma');

type EngineModule = typeof import('@prisma/schema-engine-wasm');
let engineModule: Promise<EngineModule> | undefined;

/** The package's entry imports a .wasm file, which Node 20 refuses: instantiate it ourselves. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = (await import(pathToFileURL(gluePath).href)) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(join(dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': withUnrefTimers(glue),
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

/**
 * Every engine run leaves a 10 s timer behind that it never clears, which kept
 * the terminal bot alive for 10 s after its last command. The engine's
 * timers must not hold the process open.
 */
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  return Object.fromEntries(
    Object.entries(imports).map(([name, value]) =>
      name.startsWith('__wbg_setTimeout_') && typeof value === 'function'
        ? [name, (...args: unknown[]) => (value as (...a: unknown[]) => NodeJS.Timeout)(...args).unref()]
        : [name, value],
    ),
  );
}

/**
 * adapter-pg's executeScript splits a migration at every ";", a function
 * body's included, and runs the pieces one by one. Prisma's native engine
 * sends the whole script as one simple query, which PostgreSQL runs as one
 * implicit transaction: so do we. (A query without parameters goes unnamed,
 * hence as a simple query: see statement-names.ts.)
 */
function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  if (adapter.adapterName !== '@prisma/adapter-pg') return adapter;
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

async function openEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  // Loaded here, not with this module: the bot imports it before it starts the embedded database's thread.
  const [{ SchemaEngine }, { bindMigrationAwareSqlAdapterFactory }] = await Promise.all([
    loadEngineModule(),
    import('@prisma/driver-adapter-utils'),
  ]);
  const schema = await readFile(schemaPath, 'utf8');
  const wholeScripts: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => withWholeScripts(await adapterFactory.connect()),
    connectToShadowDb: async () => withWholeScripts(await adapterFactory.connectToShadowDb()),
  };
  return SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(wholeScripts));
}

async function migrationNames(): Promise<string[]> {
  return existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

async function readMigrationList(): Promise<MigrationList> {
  const names = await migrationNames();
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(join(migrationsDir, name, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** Applies the pending migrations; returns the names of those it applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openEngine(adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * The migrations this code needs that the database has not (fully) applied.
 * Migrations applied by a newer version of the bot are not this one's concern.
 */
export async function unappliedMigrations(db: Db): Promise<string[]> {
  const applied = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const done = new Set(applied.map((r) => r.migration_name));
  return (await migrationNames()).filter((name) => !done.has(name));
}

/**
 * Whether the engine has work to do: a migration not applied (or one that
 * failed), or no migrations table yet. Loading the engine is about half a
 * second of every start; one query says whether it is needed. A migration
 * edited after it was applied is still reported by `npm run db:migrate`.
 */
export async function migrationsPending(db: Db): Promise<boolean> {
  try {
    return (await unappliedMigrations(db)).length > 0;
  } catch {
    return true; // a new database: no _prisma_migrations table
  }
}

/**
 * The SQL that takes the existing migrations to prisma/schema.prisma; empty
 * when they agree. The adapter factory provides the shadow database the
 * engine replays the migrations into.
 */
export async function schemaChangesSinceMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const engine = await openEngine(adapterFactory);
  try {
    const list = await readMigrationList();
    const schema = await readFile(schemaPath, 'utf8');
    const result = await engine.diff({
      from: list.migrationDirectories.length ? { tag: 'migrations', ...list } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (result.stdout ?? '').trim();
    return /^-- This is an empty migration/.test(sql) ? '' : sql;
  } finally {
    engine.free();
  }
}

/** Writes a new migration folder for the schema's changes. Returns its path, or undefined when nothing changed. */
export async function createMigration(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  name: string,
  now: Date,
): Promise<string | undefined> {
  const sql = await schemaChangesSinceMigrations(adapterFactory);
  if (!sql) return undefined;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name.replace(/\W+/g, '_').toLowerCase()}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'migration.sql'), `${sql}\n`);
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lockPath)) {
    await writeFile(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return dir;
}
