// A PostgreSQL server of a test's own, in a temporary folder on a free port,
// that the test may stop and start at will (the shared server on 5432 is
// everyone's and is never touched). Uses the server binaries Debian installs
// under /usr/lib/postgresql/<version>/bin; PostgreSQL refuses to run as root,
// so under root it runs as the `postgres` system user.
import { execFile as execFileCb } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';

const execFile = promisify(execFileCb);

/** The newest server's bin folder, or why there is none. */
function binaries(): { bin: string } | { missing: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest
    ? { bin: join(root, newest, 'bin') }
    : { missing: `no PostgreSQL server binaries in ${root}/*/bin (Debian: apt-get install postgresql)` };
}

async function systemUser(name: string): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([execFile('id', ['-u', name]), execFile('id', ['-g', name])]);
    return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  } catch {
    return undefined;
  }
}

export interface PrivatePostgres {
  /** A superuser URL of the server's `postgres` database. */
  url: string;
  /** Stops the server as a crash would (`immediate`: no checkpoint, connections cut). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

/** Why a private server cannot run here, or undefined when it can. */
export async function privatePostgresUnavailable(): Promise<string | undefined> {
  const found = binaries();
  if ('missing' in found) return found.missing;
  if (process.getuid?.() === 0 && !(await systemUser('postgres')))
    return 'running as root and there is no postgres user to run the server as';
  return undefined;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const found = binaries();
  if ('missing' in found) throw new Error(found.missing);
  const dir = await mkdtemp(join(tmpdir(), 'ips-pg-'));
  const owner = process.getuid?.() === 0 ? await systemUser('postgres') : undefined;
  if (owner) await chown(dir, owner.uid, owner.gid);
  const run = (tool: string, args: string[]) =>
    owner ? execFile('runuser', ['-u', 'postgres', '--', join(found.bin, tool), ...args]) : execFile(join(found.bin, tool), args);
  const port = await freePort();
  const data = join(dir, 'data');
  await run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await run('pg_ctl', ['start', '-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options]);
  };
  const stop = async () => {
    await run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
