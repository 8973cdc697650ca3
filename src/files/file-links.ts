// Short-lived, signed links to pictures the bot serves itself (charts in
// Teams cards, which can show an image only from an https URL). The file id is
// random and the link carries its expiry and an HMAC of both, made with a key
// every replica reads from the database.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FileAttachment } from '../core/message.js';
import type { Db } from '../db/database.js';

const secretName = 'file-links';

/** The signing key, made once per database. */
export async function loadLinkKey(db: Db): Promise<Buffer> {
  await db.appSecret.createMany({ data: [{ name: secretName, value: randomBytes(32) }], skipDuplicates: true });
  const row = await db.appSecret.findUniqueOrThrow({ where: { name: secretName } });
  return Buffer.from(row.value);
}

export interface FileLinks {
  /** Undefined when the bot has no public https address, or the file is not a picture. */
  link(file: FileAttachment, now: Date): string | undefined;
  /** True when the link was made by us and has not expired. */
  verify(id: string, expires: string, signature: string, now: Date): boolean;
}

/** Only pictures are linked: exports travel only to the person who asked. */
export const isLinkable = (file: Pick<FileAttachment, 'mimeType'>) => file.mimeType.startsWith('image/');

export function createFileLinks(key: Buffer, publicUrl: string | undefined, lifetimeMs: number): FileLinks {
  const sign = (id: string, expires: string) => createHmac('sha256', key).update(`${id}.${expires}`).digest('base64url');
  return {
    link(file, now) {
      if (!publicUrl || !isLinkable(file)) return undefined;
      const expires = String(Math.floor((now.getTime() + lifetimeMs) / 1000));
      const base = publicUrl.replace(/\/+$/, '');
      return `${base}/files/${file.id}/${encodeURIComponent(file.name)}?exp=${expires}&sig=${sign(file.id, expires)}`;
    },
    verify(id, expires, signature, now) {
      if (!/^\d{1,12}$/.test(expires) || Number(expires) * 1000 <= now.getTime()) return false;
      const expected = Buffer.from(sign(id, expires));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
