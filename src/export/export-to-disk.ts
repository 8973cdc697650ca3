// `npm run export`: the fidelity-review files written to a folder. Files that
// leave the bot are audited like any other read: who (the operating-system
// account that ran it), which unit and period, where, and how many rows.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Db } from '../db/database.js';
import type { Tx } from '../db/tx.js';
import type { NewFile } from '../files/file-store.js';
import { fidelityExport, type ExportRange } from './fidelity-export.js';

export interface DiskExport {
  unit: { id: number; key: string };
  range: ExportRange;
  out: string;
  now: Date;
  /** The account that ran the script. */
  by: string;
  /** What to write: the fidelity-review CSV files of the range unless given (the review itself, the IPS Grow return). */
  make?: (tx: Tx) => Promise<NewFile[]>;
}

export async function writeExport(db: Db, job: DiskExport): Promise<{ title: string; path: string; rows: number }[]> {
  const files: (NewFile & { rows?: number })[] = await db.$transaction((tx) =>
    (job.make ?? ((t) => fidelityExport(t, job.unit.id, job.range)))(tx),
  );
  await mkdir(job.out, { recursive: true });
  const written = [];
  for (const file of files) {
    const path = join(job.out, file.name);
    await writeFile(path, file.bytes);
    written.push({ title: file.title ?? file.name, path, rows: file.rows ?? 0 });
  }
  await db.auditEvent.create({
    data: {
      at: job.now,
      platform: 'cli',
      action: 'export.disk',
      entity: 'VocationalUnit',
      entityId: String(job.unit.id),
      details: {
        by: job.by,
        ...job.range,
        folder: resolve(job.out),
        files: written.map((f) => ({ name: f.path, rows: f.rows })),
        rows: written.reduce((n, f) => n + f.rows, 0),
      },
    },
  });
  return written;
}
