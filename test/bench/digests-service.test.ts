// The digests benchmark loads its synthetic service with SQL of its own: this
// runs it at a tiny size so that a schema change that breaks it fails here,
// not in the next person's benchmark run. Its figures are not checked.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('loads the synthetic service and builds every digest', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/_digests-service.ts', 'pglite', '0.005', '1']);
  const figures = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
  expect(figures).toMatchObject({ kind: 'pglite', units: 1, contacts: 100 });
  expect(typeof figures.buildSeconds).toBe('number');
}, 120_000);
