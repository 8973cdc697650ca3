// npm run export -- --from 2026-10-01 --to 2026-12-31 [--unit harbour] [--out out]
// Writes the fidelity-review CSV files of a vocational unit to a folder.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig, loadEnvFileIfPresent } from '../src/config.js';
import { systemClock } from '../src/core/clock.js';
import { DomainError } from '../src/core/domain-error.js';
import { localDateOf } from '../src/core/local-date.js';
import { openDatabase } from '../src/db/database.js';
import { parseExportRange } from '../src/export/export-range.js';
import { writeExport } from '../src/export/export-to-disk.js';
import { logger } from '../src/observability/logger.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string', default: 'out' } },
  });
  loadEnvFileIfPresent();
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    const units = await database.db.vocationalUnit.findMany({ orderBy: { key: 'asc' } });
    const unit = values.unit ? units.find((u) => u.key === values.unit) : units.length === 1 ? units[0] : undefined;
    if (!unit) throw new Error(`Say which unit with --unit: ${units.map((u) => u.key).join(', ') || 'there are none'}.`);
    if (values.to && !values.from) throw new Error('Give --from with --to, e.g. --from 2026-10-01 --to 2026-12-31.');
    const today = localDateOf(systemClock.now(), unit.timeZone);
    const range = parseExportRange(
      [values.from, values.to].filter((v): v is string => Boolean(v)),
      today,
    );
    const files = await writeExport(database.db, { unit, range, out: values.out, now: systemClock.now(), by: userInfo().username });
    for (const file of files) logger.info({ event: 'export.file', path: file.path, rows: file.rows }, `${file.title}: ${file.path}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  logger.error(
    { code: error instanceof DomainError ? error.code : 'EXPORT.FAILED' },
    error instanceof Error ? error.message : String(error),
  );
  process.exitCode = 1;
});
