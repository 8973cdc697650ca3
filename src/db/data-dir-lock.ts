// PGlite does not lock its data folder, and two engines writing one folder
// corrupt it. The bot, `npm run backup` and `npm run restore` each hold this
// lock (a file beside the folder naming the holder) while they use it.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';

interface Holder {
  pid: number;
  host: string;
}

export class DataDirInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A holder on this host whose process is gone, or this very process (a restarted container is pid 1 again). */
function stale(holder: Holder): boolean {
  return holder.host === hostname() && (holder.pid === process.pid || !alive(holder.pid));
}

export interface DataDirLock {
  release(): Promise<void>;
}

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = `${resolve(dataDir)}.lock`;
  const me: Holder = { pid: process.pid, host: hostname() };
  // The lock lies beside the folder: on a first start (IPS_DATA_DIR=/srv/ips/db) their parent may not exist yet.
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, JSON.stringify(me), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = JSON.parse(await readFile(path, 'utf8')) as Holder;
    if (!stale(holder)) {
      throw new DataDirInUseError(
        `The embedded database in ${dataDir} is in use by process ${holder.pid} on ${holder.host}: stop the bot first. ` +
          `If nothing is using it, delete ${path}.`,
      );
    }
    await writeFile(path, JSON.stringify(me));
  }
  return {
    async release() {
      await rm(path, { force: true });
    },
  };
}
