// npm run export -- --from 2026-10-01 --to 2026-12-31 [--unit harbour] [--out out]
//   the fidelity-review CSV files of a vocational unit (contact log, employers, jobs, outcomes);
// npm run export -- --fidelity [--quarter 2026-Q4]: the fidelity review (CSV, printable page, meeting record);
// npm run export -- --ips-grow 2026-Q4: the IPS Grow quarterly return, one row per person.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig, loadEnvFileIfPresent } from '../src/config.js';
import { systemClock } from '../src/core/clock.js';
import { DomainError } from '../src/core/domain-error.js';
import { localDateOf } from '../src/core/local-date.js';
import { openDatabase } from '../src/db/database.js';
import { parseExportRange } from '../src/export/export-range.js';
import type { Tx } from '../src/db/tx.js';
import { writeExport } from '../src/export/export-to-disk.js';
import { ipsGrowReturn } from '../src/export/ips-grow-export.js';
import { fidelityReviewExport } from '../src/fidelity/review-export.js';
import { readQuarter, reviewPeriod } from '../src/fidelity/review-period.js';
import { logger } from '../src/observability/logger.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      unit: { type: 'string' },
      out: { type: 'string', default: 'out' },
      fidelity: { type: 'boolean' },
      quarter: { type: 'string' },
      'ips-grow': { type: 'string' },
    },
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
    const example = 'npm run export -- --ips-grow 2026-Q4';
    const job = { unit, out: values.out, now: systemClock.now(), by: userInfo().username };
    const quarter = values['ips-grow'] ?? (values.fidelity ? (values.quarter ?? '') : undefined);
    const files =
      quarter === undefined
        ? await writeExport(database.db, {
            ...job,
            range: parseExportRange(
              [values.from, values.to].filter((v): v is string => Boolean(v)),
              today,
            ),
          })
        : await (async () => {
            const period = reviewPeriod(readQuarter(quarter, today, example), today);
            const make =
              values['ips-grow'] !== undefined
                ? async (tx: Tx) => [await ipsGrowReturn(tx, unit.id, period)]
                : (tx: Tx) => fidelityReviewExport(tx, unit.id, period);
            return writeExport(database.db, { ...job, range: { from: period.from, to: period.to }, make });
          })();
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
