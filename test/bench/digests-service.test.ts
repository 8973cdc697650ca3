// The digests benchmark loads its synthetic service with SQL of its own and
// measures it compiled (tsconfig.bench.json): this runs it the way the bench
// does, at a tiny size, so that a schema change or a build setting that
// breaks it fails here, not in the next person's benchmark run. Its figures
// are not checked.
import { expect, it } from 'vitest';
import { measureDigests } from '../../bench/digests.js';

it('compiles the synthetic service, loads it and builds every digest', async () => {
  const figures = await measureDigests('Pglite', 0.005, 1);
  expect(figures).toMatchObject({ kind: 'pglite', units: 1, contacts: 100 });
  expect(typeof figures.buildSeconds).toBe('number');
}, 120_000);
