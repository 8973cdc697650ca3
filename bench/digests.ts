// npm run bench -- digests: a synthetic national-scale service (50 units, 500
// specialists, 10,000 people, 1,000,000 employer contacts over 3 years) on
// PostgreSQL and on PGlite; the time to build all 50 agendas and caseload
// summaries for one week, and memory. Run again with a tenth of the history:
// the digests' cost should follow the week, not the history. Each measurement
// runs in its own process (bench/_digests-service.ts) so its peak memory is its own.
// That process runs compiled, as the bot does in production (`node
// dist/main.js`): from the sources, tsx's loader thread and the modules it
// transpiled added about 150 MB to it (RSS before the build 425–437 MB from
// the sources, 273–274 compiled, on PGlite at 50 units).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { benchDatabases, type DatabaseName } from './_databases.js';
import type { BenchFigures } from './stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const execFileAsync = promisify(execFile);

let compiling: Promise<string> | undefined;
/** Compiles the measuring process (tsconfig.bench.json, into .bench-build/), once per bench run. */
function compiledService(): Promise<string> {
  compiling ??= (async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    await execFileAsync(process.execPath, [tsc, '-p', join(root, 'tsconfig.bench.json')], { cwd: root }).catch((error: unknown) => {
      // tsc reports on stdout.
      const report = (error as { stdout?: string }).stdout;
      throw new Error(`tsc -p tsconfig.bench.json failed:\n${report ?? String(error)}`);
    });
    return join(root, '.bench-build/bench/_digests-service.js');
  })();
  return compiling;
}

export type DigestsRow = Record<string, number | string>;

export async function measureDigests(name: DatabaseName, fraction: number, units: number): Promise<DigestsRow> {
  const kind = name === 'Pglite' ? 'pglite' : 'postgres';
  const service = await compiledService();
  try {
    const { stdout } = await execFileAsync(process.execPath, ['--expose-gc', service, kind, String(fraction), String(units)], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as DigestsRow;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    return {
      kind,
      fraction,
      units,
      error:
        stderr
          .split('\n')
          .find((line) => /Error|failed/.test(line))
          ?.trim() ?? 'failed',
    };
  }
}

export default async function run(): Promise<BenchFigures> {
  const figures: BenchFigures = { bench: 'digests' };
  const rows = [];
  for (const name of benchDatabases) {
    for (const fraction of [1, 0.1]) {
      const row = await measureDigests(name, fraction, 50);
      console.log(JSON.stringify(row));
      rows.push(row);
      const suffix = `${fraction === 1 ? '' : 'TenthHistory'}${name}`;
      Object.assign(figures, {
        [`seconds${suffix}`]: row.buildSeconds ?? null,
        [`summariesSeconds${suffix}`]: row.summariesSeconds ?? null,
        [`chartsSeconds${suffix}`]: row.chartsSeconds ?? null,
        [`peakRssMb${suffix}`]: row.maxRssMb ?? null,
        [`peakRssDuringBuildMb${suffix}`]: row.peakRssDuringBuildMb ?? null,
      });
    }
  }
  console.table(rows);
  console.log(
    'Target: under 3 s for all 50 agendas and summaries on PostgreSQL; peak RSS under 500 MB; memory during the build flat in the history size.',
  );
  return figures;
}
