// npm run bench -- digests: a synthetic national-scale service (50 units, 500
// specialists, 10,000 people, 1,000,000 employer contacts over 3 years) on
// PostgreSQL and on PGlite; the time to build all 50 agendas and caseload
// summaries for one week, and memory. Run again with a tenth of the history:
// the digests' cost should follow the week, not the history. Each measurement
// runs in its own process (bench/_digests-service.ts) so its peak memory is its own.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

async function measure(kind: string, fraction: number): Promise<Record<string, unknown>> {
  const child = promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', join(here, '_digests-service.ts'), kind, String(fraction)],
    {
      cwd: join(here, '..'),
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  try {
    const { stdout } = await child;
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    return {
      kind,
      fraction,
      error:
        stderr
          .split('\n')
          .find((line) => /Error|failed/.test(line))
          ?.trim() ?? 'failed',
    };
  }
}

export default async function run(): Promise<void> {
  const rows = [];
  for (const kind of ['postgres', 'pglite']) {
    for (const fraction of [1, 0.1]) {
      const row = await measure(kind, fraction);
      console.log(JSON.stringify(row));
      rows.push(row);
    }
  }
  console.table(rows);
  console.log('Target: under 5 s for all 50 agendas and summaries on PostgreSQL; memory during the build flat in the history size.');
}
