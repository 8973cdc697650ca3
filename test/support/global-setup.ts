// Migrates one embedded database once per run and hands each test file a copy
// of it: initdb costs seconds, loading a copy half a second.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.js';
import { applyMigrations } from '../../src/db/migrations.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database. */
    pgliteSnapshot: string;
    /** A new database with nothing in it (shadow databases for the schema engine). */
    pgliteEmptySnapshot: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'ips-test-'));
  const save = async (name: string, dump: Blob) => {
    const path = join(dir, name);
    await writeFile(path, Buffer.from(await dump.arrayBuffer()));
    return path;
  };
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { migrate: false });
  project.provide('pgliteEmptySnapshot', await save('empty.tar', await database.pglite!.dumpDataDir('none')));
  await applyMigrations(database.adapterFactory);
  project.provide('pgliteSnapshot', await save('template.tar', await database.pglite!.dumpDataDir('none')));
  await database.close();
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
