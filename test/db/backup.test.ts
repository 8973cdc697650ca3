// npm run backup / restore for the embedded database: a dump that restores
// to the same data, never over a database unless asked, never under a bot.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backupDataDir, restoreDataDir } from '../../src/db/backup.js';
import { DataDirInUseError, lockDataDir } from '../../src/db/data-dir-lock.js';

let dir: string;
let dataDir: string;
let backup: string;
let backupBytes: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ips-backup-'));
  dataDir = join(dir, 'pglite');
  // A database in a folder, as the bot keeps it (from the migrated template: initdb takes seconds).
  const pg = await PGlite.create({ dataDir, loadDataDir: new Blob([await readFile(inject('pgliteSnapshot'))]) });
  await pg.exec(`INSERT INTO "Organisation" (name) VALUES ('Harbour Trust')`);
  await pg.close();
  backup = join(dir, 'backups/ips.tar.gz');
  backupBytes = await backupDataDir(dataDir, backup);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function organisations(folder: string): Promise<string[]> {
  const pg = await PGlite.create(folder);
  try {
    return (await pg.query<{ name: string }>(`SELECT name FROM "Organisation"`)).rows.map((r) => r.name);
  } finally {
    await pg.close();
  }
}

describe('backup and restore of the embedded database', () => {
  it('restores a backup to the same data, in a new folder', async () => {
    expect(backupBytes).toBeGreaterThan(0);
    expect(existsSync(`${backup}.partial`)).toBe(false);
    const restored = join(dir, 'restored');
    expect(await restoreDataDir(backup, restored, { replace: false, setAsideSuffix: 'old' })).toBeUndefined();
    expect(await organisations(restored)).toEqual(['Harbour Trust']);
  });

  it('restores over a database only when asked, and keeps the one it replaces', async () => {
    const target = join(dir, 'in-use');
    await restoreDataDir(backup, target, { replace: false, setAsideSuffix: 'unused' });
    await expect(restoreDataDir(backup, target, { replace: false, setAsideSuffix: 'unused' })).rejects.toThrow(/--replace/);
    expect(await restoreDataDir(backup, target, { replace: true, setAsideSuffix: 'before' })).toBe(`${target}.before`);
    expect(await organisations(`${target}.before`)).toEqual(['Harbour Trust']);
    expect(await organisations(target)).toEqual(['Harbour Trust']);
  });

  it('refuses while another process holds the folder, and takes over a lock its holder left behind', async () => {
    const file = join(dir, 'backups/again.tar.gz');
    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: process.ppid, host: hostname() }));
    await expect(backupDataDir(dataDir, file)).rejects.toThrow(DataDirInUseError);
    await expect(backupDataDir(dataDir, file)).rejects.toThrow(/stop the bot first/);
    // A process that no longer exists (pids stay below 2^22 on Linux).
    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname() }));
    await backupDataDir(dataDir, file);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    const held = await lockDataDir(dataDir);
    await held.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
