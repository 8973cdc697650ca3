// The terminal writes a reply's files to a folder and prints where.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReplyFiles } from '../../adapters/console/write-files.js';
import { message } from '../../src/core/reply.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ips-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeReplyFiles', () => {
  it('writes each file under the folder, never elsewhere, and prints the paths', async () => {
    const csv = (text: string) => Buffer.from(text).toString('base64');
    const reply = {
      kind: 'message' as const,
      message: message(
        [{ kind: 'paragraph', text: 'Export' }],
        [
          { name: 'a.csv', mimeType: 'text/csv', base64: csv('x,y\n1,2\n') },
          { name: '../../escape.csv', mimeType: 'text/csv', base64: csv('no') },
        ],
      ),
    };
    const printed = await writeReplyFiles(reply, join(dir, 'out'));
    expect(await readdir(join(dir, 'out'))).toEqual(['a.csv', 'escape.csv']);
    expect(await readFile(join(dir, 'out', 'a.csv'), 'utf8')).toBe('x,y\n1,2\n');
    expect(printed).toContain(join(dir, 'out', 'a.csv'));
  });

  it('writes nothing for a reply without files', async () => {
    expect(await writeReplyFiles({ kind: 'message', message: message([{ kind: 'paragraph', text: 'hi' }]) }, join(dir, 'none'))).toBe('');
    await expect(readdir(join(dir, 'none'))).rejects.toThrow();
  });
});
