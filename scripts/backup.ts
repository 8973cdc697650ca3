// npm run backup [-- <file>]               dump the embedded database to a file
//                                          (default backups/ips-<date>-<time>.tar.gz)
// npm run restore -- <file> [--replace]    load such a dump into the embedded database folder
// Stop the bot first: both refuse while it holds the folder. For a PostgreSQL
// server (DATABASE_URL), use pg_dump and pg_restore (see the README).
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, loadEnvFileIfPresent } from '../src/config.js';
import { backupDataDir, restoreDataDir } from '../src/db/backup.js';
import { logger } from '../src/observability/logger.js';

const stamp = () => new Date().toISOString().replace(/\..*$/, '').replace(/[-:]/g, '').replace('T', '-');

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { replace: { type: 'boolean', default: false } }, allowPositionals: true });
  const [command, file] = positionals;
  loadEnvFileIfPresent();
  const { database } = loadConfig();
  if (database.kind !== 'pglite') {
    throw new ConfigError('DATABASE_URL is set: back up a PostgreSQL server with pg_dump (see the README), not with npm run backup.');
  }
  if (command === 'backup') {
    const path = file ?? `backups/ips-${stamp()}.tar.gz`;
    const bytes = await backupDataDir(database.dataDir, path);
    logger.info({ event: 'backup.written', path, bytes }, `Backup written to ${path}. Restore it with: npm run restore -- ${path}`);
  } else if (command === 'restore' && file) {
    const setAside = await restoreDataDir(file, database.dataDir, { replace: values.replace, setAsideSuffix: `before-restore-${stamp()}` });
    logger.info(
      { event: 'backup.restored', path: file, setAside },
      `Restored ${file} into ${database.dataDir}.${setAside ? ` The database that was there is kept in ${setAside}.` : ''}`,
    );
  } else {
    throw new ConfigError('Usage: npm run backup [-- <file>]   or   npm run restore -- <file> [--replace]');
  }
}

main().catch((error: unknown) => {
  logger.error({ code: 'BACKUP.FAILED' }, error instanceof Error ? error.message : String(error));
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
