// npm run roster -- import <roster.json>: create or update the service's units,
// clinical teams, staff and their chat accounts (see examples/roster.json).
import { readFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { importRoster, parseRosterFile, RosterFileError } from '../src/roster/roster-import.js';

const [command, path] = process.argv.slice(2);
if (command !== 'import' || !path) {
  console.error('Usage: npm run roster -- import <roster.json>   (an example: examples/roster.json)');
  process.exit(2);
}
try {
  const roster = parseRosterFile(JSON.parse(await readFile(path, 'utf8')));
  const database = await openDatabase(loadConfig().database);
  const result = await importRoster(database.db, roster, new Date());
  await database.close();
  console.log(
    `Imported ${result.units} unit(s), ${result.clinicalTeams} clinical team(s), ${result.staff} staff, ${result.links} chat account link(s).`,
  );
} catch (error) {
  if (error instanceof RosterFileError || error instanceof ConfigError || error instanceof SyntaxError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
