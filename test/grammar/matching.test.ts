import { describe, expect, it } from 'vitest';
import { normaliseClientRef } from '../../src/grammar/words.js';
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

describe('normaliseClientRef', () => {
  it.each([
    ['JD-1', 'JD-01'],
    ['jd1', 'JD-01'],
    ['JD-01', 'JD-01'],
    ['sj14', 'SJ-14'],
    ['SJ-014', 'SJ-14'],
    ['AB-123', 'AB-123'],
    ['KP-07,', 'KP-07'],
  ])('%s → %s', (typed, ref) => expect(normaliseClientRef(typed)).toBe(ref));
});
