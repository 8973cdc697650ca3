// npm run person -- export <ref> [--out out]
// npm run person -- erase <ref> --reason "…" --by <admin handle>
// A subject access request (everything held about one person, as JSON and
// CSV), and erasure (free text and identifying fields removed, anonymous
// counts kept). Both leave an audit event.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, loadEnvFileIfPresent } from '../src/config.js';
import { systemClock } from '../src/core/clock.js';
import { openDatabase } from '../src/db/database.js';
import { normaliseClientRef } from '../src/grammar/words.js';
import { logger } from '../src/observability/logger.js';
import { PersonNotFound } from '../src/subject/person-records.js';
import { ErasureRefused, erasePerson, exportPerson } from '../src/subject/subject-access.js';

const usage = 'Usage: npm run person -- export <ref> [--out out]  |  npm run person -- erase <ref> --reason "…" --by <admin handle>';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: 'out' }, reason: { type: 'string' }, by: { type: 'string' } },
  });
  const [command, typed] = positionals;
  if (!typed || (command !== 'export' && command !== 'erase')) throw new ConfigError(usage);
  const ref = normaliseClientRef(typed);
  loadEnvFileIfPresent();
  const database = await openDatabase(loadConfig().database);
  try {
    const now = systemClock.now();
    if (command === 'export') {
      const done = await exportPerson(database.db, ref, { out: values.out, by: userInfo().username, now });
      // The file names carry the reference: told to the operator, not to the log.
      process.stdout.write(`Wrote ${done.files.join(' and ')} (${done.rows} records)\n`);
    } else {
      if (!values.by || !values.reason) throw new ConfigError(usage);
      const done = await erasePerson(database.db, ref, { reason: values.reason, byHandle: values.by, now });
      logger.info({ event: 'person.erase', cleared: done.cleared }, `Erased: the person's rows now carry ${done.ref}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const theirs = error instanceof ConfigError || error instanceof ErasureRefused || error instanceof PersonNotFound;
  logger.error(
    { code: theirs ? 'PERSON.REFUSED' : 'PERSON.FAILED', err: theirs ? undefined : error },
    error instanceof Error ? error.message : String(error),
  );
  process.exitCode = theirs ? 2 : 1;
});
