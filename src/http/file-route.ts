// GET /files/<id>/<name>?exp=…&sig=…: a picture the bot linked (see
// src/files/file-links.ts). Anything unsigned, expired or not a picture is 404,
// so a link says nothing about what else exists.
import type { Express } from 'express';
import type { Clock } from '../core/clock.js';
import type { Db } from '../db/database.js';
import { isLinkable, type FileLinks } from '../files/file-links.js';
import { readStoredFile } from '../files/file-store.js';

export function mountFileRoute(app: Express, deps: { db: Db; clock: Clock; links: FileLinks }): void {
  app.get('/files/:id/:name', async (req, res) => {
    const { id } = req.params;
    const { exp, sig } = req.query;
    const now = deps.clock.now();
    const valid = typeof exp === 'string' && typeof sig === 'string' && /^[0-9a-f-]{36}$/.test(id) && deps.links.verify(id, exp, sig, now);
    const file = valid ? await readStoredFile(deps.db, id, now) : undefined;
    if (!file || !isLinkable(file)) {
      res.status(404).json({ error: 'No such file, or the link has expired.' });
      return;
    }
    res.set({ 'content-type': file.mimeType, 'cache-control': 'private, max-age=3600', 'x-content-type-options': 'nosniff' });
    res.end(Buffer.from(file.bytes));
  });
}
