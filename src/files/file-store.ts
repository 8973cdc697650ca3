// Files that replies and posts carry (CSV exports, charts) live in a table of
// their own with an expiry, and messages carry only a reference to them: a
// stored reply or outbox row stays small however big the export, and an
// adapter fetches the bytes when it delivers them.
import { randomUUID } from 'node:crypto';
import type { FileAttachment } from '../core/message.js';
import type { Tx } from '../db/tx.js';

/** A file as it is made, before it is stored. */
export interface NewFile {
  name: string;
  mimeType: string;
  title?: string;
  bytes: Uint8Array;
}

export interface FileStore {
  /** Stores the file (in the caller's transaction) and returns what a message carries. */
  save(file: NewFile): Promise<FileAttachment>;
}

export interface StoredFile extends FileAttachment {
  bytes: Uint8Array;
}

export function fileStore(tx: Tx, now: Date, keepForMs: number): FileStore {
  return {
    async save(file) {
      const id = randomUUID();
      await tx.storedFile.create({
        data: {
          id,
          name: file.name,
          mimeType: file.mimeType,
          title: file.title ?? null,
          bytes: new Uint8Array(file.bytes),
          createdAt: now,
          expiresAt: new Date(now.getTime() + keepForMs),
        },
      });
      return { id, name: file.name, mimeType: file.mimeType, size: file.bytes.byteLength, ...(file.title ? { title: file.title } : {}) };
    },
  };
}

/** A stored file that has not expired, or undefined. */
export async function readStoredFile(tx: Tx, id: string, now: Date): Promise<StoredFile | undefined> {
  const row = await tx.storedFile.findUnique({ where: { id } });
  if (!row || row.expiresAt <= now) return undefined;
  return {
    id: row.id,
    name: row.name,
    mimeType: row.mimeType,
    size: row.bytes.byteLength,
    bytes: row.bytes,
    ...(row.title ? { title: row.title } : {}),
  };
}
