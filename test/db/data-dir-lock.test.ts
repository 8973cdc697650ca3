// The embedded database's folder lock (src/db/data-dir-lock.ts); refusing a
// folder in use is tested with backup and restore (backup.test.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { lockDataDir } from '../../src/db/data-dir-lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ips-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('locks a folder whose parent does not exist yet: a first start with IPS_DATA_DIR=/srv/ips/db', async () => {
  const dataDir = join(dir, 'srv/ips/db');
  const lock = await lockDataDir(dataDir);
  expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
  await lock.release();
  expect(existsSync(`${dataDir}.lock`)).toBe(false);
});
