// The databases every bench runs on: the embedded one (PGlite in its thread,
// in memory) and a scratch database on a PostgreSQL server (BENCH_DATABASE_URL,
// default the local one), skipped with a note when the server is unreachable.
// BENCH_DATABASES=pglite (or postgres) runs on one only.
import { openDatabase, type Database } from '../src/db/database.js';
import { createScratchDatabase } from '../test/support/scratch-database.js';

export const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** As the figures name them: `p50Ratio1Pglite`, `p50Ratio1Postgres`. */
export type DatabaseName = 'Pglite' | 'Postgres';

const wanted = (process.env.BENCH_DATABASES ?? 'pglite,postgres').toLowerCase().split(',');
/** The databases this run measures on, for benches that open them in a child process. */
export const benchDatabases = (['Pglite', 'Postgres'] as const).filter((name) => wanted.includes(name.toLowerCase()));

export async function onEachDatabase(run: (name: DatabaseName, database: Database) => Promise<void>): Promise<void> {
  if (benchDatabases.includes('Pglite')) {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await run('Pglite', database);
    } finally {
      await database.close();
    }
  }
  if (!benchDatabases.includes('Postgres')) return;
  let scratch;
  try {
    scratch = await createScratchDatabase(serverUrl, 'ips_bench');
  } catch (error) {
    console.log(`PostgreSQL at ${serverUrl} is not reachable (${String(error)}): skipped.`);
    return;
  }
  try {
    const database = await openDatabase({ kind: 'postgres', url: scratch.url });
    try {
      await run('Postgres', database);
    } finally {
      await database.close();
    }
  } finally {
    await scratch.drop();
  }
}
