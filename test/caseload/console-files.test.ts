// The terminal writes a message's files to a folder and prints where.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMessageFiles } from '../../adapters/console/write-files.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';
import { message } from '../../src/core/reply.js';
import { fileStore } from '../../src/files/file-store.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let dir: string;
let bot: TestBot;
let files: FileAccess;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ips-files-'));
  bot = await startTestBot({ demo: false });
  files = (await bot.core.adapterServices()).files;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await bot?.close();
});

const save = (name: string, text: string, keepMs = 3600_000) =>
  fileStore(bot.database.db, bot.clock.now(), keepMs).save({ name, mimeType: 'text/csv', bytes: Buffer.from(text) });

describe('writeMessageFiles', () => {
  it('writes each file under the folder, never elsewhere, and prints the paths', async () => {
    const withFiles = message(
      [{ kind: 'paragraph', text: 'Export' }],
      [await save('a.csv', 'x,y\n1,2\n'), await save('../../escape.csv', 'no')],
    );
    const printed = await writeMessageFiles(withFiles, files, join(dir, 'out'));
    expect(await readdir(join(dir, 'out'))).toEqual(['a.csv', 'escape.csv']);
    expect(await readFile(join(dir, 'out', 'a.csv'), 'utf8')).toBe('x,y\n1,2\n');
    expect(printed).toContain(join(dir, 'out', 'a.csv'));
  });

  it('says so when a file has expired, and writes nothing for it', async () => {
    const gone = await save('old.csv', 'old', 1);
    bot.clock.advance(1000);
    const printed = await writeMessageFiles(message([{ kind: 'paragraph', text: 'Export' }], [gone]), files, join(dir, 'expired'));
    expect(printed).toContain('old.csv: no longer available');
    expect(await readdir(join(dir, 'expired'))).toEqual([]);
  });

  it('writes nothing for a message without files', async () => {
    expect(await writeMessageFiles(message([{ kind: 'paragraph', text: 'hi' }]), files, join(dir, 'none'))).toBe('');
    await expect(readdir(join(dir, 'none'))).rejects.toThrow();
  });
});
