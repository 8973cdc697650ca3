// The digests benchmark loads its synthetic service with SQL of its own and
// measures it compiled (tsconfig.bench.json): this runs it the way the bench
// does, at a tiny size, so that a schema change or a build setting that
// breaks it fails here, not in the next person's benchmark run. Its timings
// are not checked; its peak memory must be its own.
import { expect, it } from 'vitest';
import { measureDigests } from '../../bench/digests.js';

it('compiles the synthetic service, loads it and builds every digest', async () => {
  const figures = await measureDigests('Pglite', 0.005, 1);
  expect(figures).toMatchObject({ kind: 'pglite', units: 1, contacts: 100 });
  expect(typeof figures.buildSeconds).toBe('number');
}, 120_000);

it("reports the measuring process's peak memory, not its parent's", async () => {
  // Linux carries ru_maxrss over from the parent through fork and exec: a
  // parent this large made the child's maxRSS at least as large.
  const ballast = Buffer.alloc(768 * 1024 * 1024, 1);
  const parentMb = process.memoryUsage.rss() / 1024 / 1024;
  const figures = await measureDigests('Pglite', 0.005, 1);
  expect(ballast[ballast.length - 1]).toBe(1);
  expect(parentMb).toBeGreaterThan(768);
  expect(figures.maxRssMb).toBeLessThan(parentMb - 256);
}, 120_000);
