// A data folder that initdb has already filled, made once at install (npm's
// postinstall runs scripts/pglite-template.ts). A first start copies it into
// the new data folder instead of running initdb itself, which took 3 to 12 s
// and about 700 MB at peak on our 2-core machines; copying takes well under a
// second. It lives beside the PGlite it was made with, named by its version,
// so a new PGlite never opens an older one's folder. Without it (install
// scripts skipped) a first start runs initdb as before.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

async function templateDir(): Promise<string> {
  // …/node_modules/@electric-sql/pglite/dist/index.cjs → the package's folder
  const pglite = dirname(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
  const { version } = JSON.parse(await readFile(join(pglite, 'package.json'), 'utf8')) as { version: string };
  return join(pglite, '../../.cache/ips-bot', `pglite-${version}-initdb`);
}

const holdsDatabase = (dir: string) => existsSync(join(dir, 'PG_VERSION'));

/** Fills a data folder that holds no database yet from the template; false when there is none. */
export async function seedDataDir(dataDir: string): Promise<boolean> {
  const template = await templateDir();
  if (holdsDatabase(dataDir) || !holdsDatabase(template)) return false;
  await cp(template, dataDir, { recursive: true });
  return true;
}

/** Runs initdb into the template folder, unless it is there already; returns the folder. */
export async function makeTemplate(): Promise<string> {
  const template = await templateDir();
  if (holdsDatabase(template)) return template;
  const partial = `${template}.${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await (await PGlite.create(partial)).close();
  await rename(partial, template);
  return template;
}
