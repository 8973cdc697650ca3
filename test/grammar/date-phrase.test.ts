import { describe, expect, it } from 'vitest';
import { readDatePhrase, type Direction } from '../../src/grammar/date-phrase.js';

// Monday 23 November 2026.
const today = '2026-11-23';

describe('readDatePhrase', () => {
  const cases: [string, Direction, string | undefined, number?][] = [
    ['today', 'future', '2026-11-23', 1],
    ['tomorrow', 'future', '2026-11-24', 1],
    ['yesterday', 'past', '2026-11-22', 1],
    ['tue', 'future', '2026-11-24', 1],
    ['Tuesday', 'future', '2026-11-24', 1],
    ['mon', 'future', '2026-11-30', 1], // a bare weekday ahead is never today
    ['mon', 'past', '2026-11-23', 1], // … and behind may be today
    ['fri', 'past', '2026-11-20', 1],
    ['next tue', 'future', '2026-11-24', 2],
    ['next week', 'future', '2026-11-30', 2],
    ['week', 'future', '2026-11-30', 1],
    ['next month', 'future', '2026-12-23', 2],
    ['fortnight', 'future', '2026-12-07', 1],
    ['in 2 weeks', 'future', '2026-12-07', 3],
    ['in 3 days', 'future', '2026-11-26', 3],
    ['in 1 month', 'future', '2026-12-23', 3],
    ['2 days ago', 'past', '2026-11-21', 3],
    ['2026-12-01', 'future', '2026-12-01', 1],
    ['1/12', 'future', '2026-12-01', 1], // day first, as in the seeds' UK/NZ logs
    ['10/10/2019', 'past', '2019-10-10', 1],
    ['1.12.26', 'future', '2026-12-01', 1],
    ['tue,', 'future', '2026-11-24', 1],
    ['2026-02-30', 'future', undefined],
    ['31/02', 'future', undefined],
    ['blah', 'future', undefined],
    ['in two weeks', 'future', undefined],
    ['next', 'future', undefined],
  ];
  it.each(cases)('%s (%s) → %s', (text, direction, date, words) => {
    const phrase = readDatePhrase(text.split(' '), today, direction);
    if (date === undefined) expect(phrase).toBeUndefined();
    else expect(phrase).toEqual({ date, words });
  });

  it('reads only the phrase at the start and says how many words it used', () => {
    expect(readDatePhrase(['tue', 'met', 'the', 'manager'], today, 'future')).toEqual({ date: '2026-11-24', words: 1 });
    expect(readDatePhrase(['in', '2', 'weeks', 'then', 'call'], today, 'future')).toEqual({ date: '2026-12-07', words: 3 });
  });

  it('crosses a year end', () => {
    expect(readDatePhrase(['in', '2', 'weeks'], '2026-12-28', 'future')?.date).toBe('2027-01-11');
  });
});
