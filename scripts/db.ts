// npm run db:migrate            apply pending migrations to the configured database
// npm run db:diff -- <name>     write a migration for the changes in prisma/schema.prisma
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { ConfigError, loadConfig, loadEnvFileIfPresent } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { applyMigrations, createMigration } from '../src/db/migrations.js';
import { logger } from '../src/observability/logger.js';

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === 'migrate') {
    loadEnvFileIfPresent();
    const database = await openDatabase(loadConfig().database, { migrate: false });
    try {
      const applied = await applyMigrations(database.adapterFactory);
      logger.info({ event: 'db.migrated', applied }, applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    } finally {
      await database.close();
    }
  } else if (command === 'diff') {
    if (!name) throw new ConfigError('Name the migration, e.g. npm run db:diff -- add_interviews');
    // The engine replays the existing migrations into a throwaway embedded database.
    const dir = await createMigration(new PrismaPGlite(await PGlite.create()), name, new Date());
    logger.info({ event: 'db.diff', dir }, dir ? `Wrote ${dir}/migration.sql` : 'No changes: prisma/schema.prisma matches the migrations.');
  } else {
    throw new ConfigError('Usage: npm run db:migrate | npm run db:diff -- <name>');
  }
}

main().catch((error: unknown) => {
  logger.error(
    { code: 'DB.COMMAND_FAILED', err: error instanceof ConfigError ? undefined : error },
    error instanceof Error ? error.message : String(error),
  );
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
