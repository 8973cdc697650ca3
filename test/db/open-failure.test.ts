// A data folder the embedded database cannot open: openDatabase starts the
// database's thread and Prisma's client side by side (database.ts), so a
// failure of one must still let go of the other, name the folder, and leave
// neither the socket folder nor the thread behind (the thread would keep the
// process alive).
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';

let dir: string;
const tmpBefore = process.env.TMPDIR;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ips-open-failure-'));
});
afterEach(async () => {
  if (tmpBefore === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpBefore;
  await rm(dir, { recursive: true, force: true });
});

it('rejects a folder that holds no database PGlite can open, names it, and leaves no socket folder', async () => {
  const dataDir = join(dir, 'db');
  const socketParent = join(dir, 'tmp');
  await Promise.all([mkdir(dataDir), mkdir(socketParent)]);
  await writeFile(join(dataDir, 'PG_VERSION'), '99\n');
  // The socket's private folder is made under the system's temporary folder: this one, for this test alone.
  process.env.TMPDIR = socketParent;

  await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(`PGlite could not open ${dataDir}`);
  // (Running from the sources, tsx keeps its cache there too.)
  expect((await readdir(socketParent)).filter((name) => name.startsWith('ips-pglite-'))).toEqual([]);
});
