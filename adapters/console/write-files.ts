// The terminal has no file viewer: a reply's files are written to a folder and
// their paths printed, so that an export opens in a spreadsheet from there.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { CommandReply } from '../../src/core/invocation.js';

export const defaultFilesDir = 'out';

/** Writes the reply's files, if any; returns one line per file written. */
export async function writeReplyFiles(reply: CommandReply, dir = defaultFilesDir): Promise<string> {
  const files = reply.kind === 'message' ? (reply.message.files ?? []) : [];
  if (files.length === 0) return '';
  await mkdir(dir, { recursive: true });
  const lines: string[] = [];
  for (const file of files) {
    // basename: a file name from a message never chooses where it is written.
    const path = resolve(join(dir, basename(file.name)));
    await writeFile(path, Buffer.from(file.base64, 'base64'));
    lines.push(`  saved: ${path}`);
  }
  return `${lines.join('\n')}\n`;
}
