// Backups of the embedded database: PGlite's own dump of its data folder (a
// gzipped tarball), restored by loading it into a new folder. Both hold the
// folder's lock, so neither runs under a bot using it. A PostgreSQL server is
// backed up with its own tools (see the README).
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';

async function isEmptyFolder(dir: string): Promise<boolean> {
  return !existsSync(dir) || (await readdir(dir)).length === 0;
}

/** Writes a dump of the database in `dataDir` to `file`; returns its size in bytes. */
export async function backupDataDir(dataDir: string, file: string): Promise<number> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new Error(`There is no embedded database in ${dataDir}.`);
  const lock = await lockDataDir(dataDir);
  try {
    const pg = await PGlite.create(dataDir);
    let dump: Blob;
    try {
      dump = await pg.dumpDataDir('gzip');
    } finally {
      await pg.close();
    }
    const bytes = Buffer.from(await dump.arrayBuffer());
    await mkdir(dirname(file), { recursive: true });
    // Written aside and renamed, so a full disk never leaves a truncated backup under the real name.
    await writeFile(`${file}.partial`, bytes);
    await rename(`${file}.partial`, file);
    return bytes.length;
  } finally {
    await lock.release();
  }
}

/**
 * Loads a dump into `dataDir`. A folder already holding a database is only
 * replaced when asked, and then kept beside it (renamed with `setAsideSuffix`),
 * never deleted. Returns the folder it was moved to, if any.
 */
export async function restoreDataDir(
  file: string,
  dataDir: string,
  options: { replace: boolean; setAsideSuffix: string },
): Promise<string | undefined> {
  const dump = new Blob([await readFile(file)]);
  const lock = await lockDataDir(dataDir);
  try {
    let setAside: string | undefined;
    if (!(await isEmptyFolder(dataDir))) {
      if (!options.replace) throw new Error(`${dataDir} already holds a database: add --replace to set it aside and restore over it.`);
      setAside = `${dataDir}.${options.setAsideSuffix}`;
      await rename(dataDir, setAside);
    }
    await mkdir(dataDir, { recursive: true });
    const pg = await PGlite.create({ dataDir, loadDataDir: dump });
    try {
      await pg.query('SELECT 1');
    } finally {
      await pg.close();
    }
    return setAside;
  } finally {
    await lock.release();
  }
}
