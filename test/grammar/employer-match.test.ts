import { describe, expect, it } from 'vitest';
import { employerMatchKey } from '../../src/services/employers.js';

describe('employerMatchKey', () => {
  it.each([
    ["Perry's Garden Centre", 'perrys garden centre'],
    ["Perry's Garden Centre", 'PERRYS GARDEN-CENTRE'],
    ['Perry’s Garden Centre', "perry's garden centre"], // curly apostrophe from a phone keyboard
    ['Harbour Café', 'harbour cafe'],
    ['Smith & Sons', 'smith and sons'],
    ['Quayside  Logistics.', 'quayside logistics'],
  ])('%s = %s', (a, b) => {
    expect(employerMatchKey(a)).toBe(employerMatchKey(b));
  });

  it.each([
    ['Perry Garden Centre', "Perry's Garden Centres"],
    ['Harbour Cafe', 'Harbour Cafe 2'],
  ])('%s ≠ %s', (a, b) => {
    expect(employerMatchKey(a)).not.toBe(employerMatchKey(b));
  });
});
