// The terminal has no file viewer: a message's files are written to a folder
// and their paths printed, so that an export opens in a spreadsheet from there.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Message } from '../../src/core/message.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';

export const defaultFilesDir = 'out';

/** Writes the message's files, if any; returns one line per file. */
export async function writeMessageFiles(message: Message, files: FileAccess, dir = defaultFilesDir): Promise<string> {
  const attached = message.files ?? [];
  if (attached.length === 0) return '';
  await mkdir(dir, { recursive: true });
  const lines: string[] = [];
  for (const file of attached) {
    const content = await files.read(file.id);
    if (!content) {
      lines.push(`  ${file.name}: no longer available (files are kept for a limited time); run the command again.`);
      continue;
    }
    // basename: a file name from a message never chooses where it is written.
    const path = resolve(join(dir, basename(file.name)));
    await writeFile(path, content.bytes);
    lines.push(`  saved: ${path}`);
  }
  return `${lines.join('\n')}\n`;
}
