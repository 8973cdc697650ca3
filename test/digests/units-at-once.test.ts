// How many units the weekly posts build at once (src/digests/weekly-posts.ts).
import { expect, it } from 'vitest';
import { unitsAtOnce } from '../../src/digests/weekly-posts.js';

it('builds two units at once on the embedded database’s one connection, so that one unit’s chart is drawn while the other’s queries run', () => {
  expect(unitsAtOnce(1)).toBe(2);
});

it('leaves half a server pool’s connections to commands', () => {
  expect(unitsAtOnce(10)).toBe(5);
  expect(unitsAtOnce(5)).toBe(2);
});
