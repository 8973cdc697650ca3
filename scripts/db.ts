// npm run db:migrate            apply pending migrations to the configured database
// npm run db:diff -- <name>     write a migration for the changes in prisma/schema.prisma
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createMigration } from '../src/db/migrations.js';

const [command, name] = process.argv.slice(2);
if (command === 'migrate') {
  const config = loadConfig();
  const database = await openDatabase(config.database, { migrate: false });
  const { applyMigrations } = await import('../src/db/migrations.js');
  const applied = await applyMigrations(database.adapterFactory);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  await database.close();
} else if (command === 'diff') {
  if (!name) {
    console.error('Name the migration, e.g. npm run db:diff -- add_interviews');
    process.exit(2);
  }
  // The engine replays the existing migrations into a throwaway embedded database.
  const dir = await createMigration(new PrismaPGlite(await PGlite.create()), name, new Date());
  console.log(dir ? `Wrote ${dir}/migration.sql` : 'No changes: prisma/schema.prisma matches the migrations.');
} else {
  console.error('Usage: tsx scripts/db.ts migrate | diff <name>');
  process.exit(2);
}
