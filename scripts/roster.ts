// npm run roster -- import <roster.json>: create or update the service's units,
// clinical teams, staff and their chat accounts (see examples/roster.json).
import { readFile } from 'node:fs/promises';
import { ConfigError, loadConfig, loadEnvFileIfPresent } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { logger } from '../src/observability/logger.js';
import { importRoster, parseRosterFile, RosterFileError } from '../src/roster/roster-import.js';

async function main(): Promise<void> {
  const [command, path] = process.argv.slice(2);
  if (command !== 'import' || !path)
    throw new ConfigError('Usage: npm run roster -- import <roster.json>   (an example: examples/roster.json)');
  const roster = parseRosterFile(JSON.parse(await readFile(path, 'utf8')));
  loadEnvFileIfPresent();
  const database = await openDatabase(loadConfig().database);
  try {
    const result = await importRoster(database.db, roster, new Date());
    logger.info(
      { event: 'roster.imported', ...result },
      `Imported ${result.units} unit(s), ${result.clinicalTeams} clinical team(s), ${result.staff} staff, ${result.links} chat account link(s).`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  // A bad file or setting is the user's to fix: its message says what, and no stack is needed.
  const theirs = error instanceof RosterFileError || error instanceof ConfigError || error instanceof SyntaxError;
  logger.error(
    { code: theirs ? 'ROSTER.REFUSED' : 'ROSTER.FAILED', err: theirs ? undefined : error },
    error instanceof Error ? error.message : String(error),
  );
  process.exitCode = theirs ? 2 : 1;
});
