// addLocalDays, addLocalMonths and localDateOf skip date-fns' parse and
// format for speed: they must agree with its calendar arithmetic and its
// time-zone formatting (the definitions they replaced) on every date, across
// month ends, leap days and daylight-saving changes.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { addLocalDays, addLocalMonths, localDateOf } from '../../src/core/local-date.js';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

it('adds days as the calendar does', () => {
  fc.assert(
    fc.property(isoDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      expect(addLocalDays(date, days)).toBe(format(addDays(new Date(y, m - 1, d), days), 'yyyy-MM-dd'));
    }),
    { numRuns: 2000 },
  );
});

it('adds months as the calendar does, to the month end when the day is missing', () => {
  fc.assert(
    fc.property(isoDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
      expect(addLocalMonths(date, months)).toBe(format(addMonths(parseISO(date), months), 'yyyy-MM-dd'));
    }),
    { numRuns: 2000 },
  );
  expect(addLocalMonths('2026-01-31', 1)).toBe('2026-02-28');
  expect(addLocalMonths('2028-01-31', 1)).toBe('2028-02-29');
});

it('crosses a leap day, a year end and the clocks going back', () => {
  expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
  expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
  expect(addLocalDays('2026-10-24', 2)).toBe('2026-10-26');
  expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
});

it('gives the day an instant falls on in a zone, as date-fns does', () => {
  const zones = ['Europe/London', 'Pacific/Auckland', 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Kiritimati', 'UTC'];
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom(...zones),
      (instant, zone) => {
        expect(localDateOf(instant, zone)).toBe(format(new TZDate(instant.getTime(), zone), 'yyyy-MM-dd'));
      },
    ),
    { numRuns: 2000 },
  );
  // Midnight in London while the clocks are on summer time is still the previous day in UTC.
  expect(localDateOf(new Date('2026-06-30T23:30:00Z'), 'Europe/London')).toBe('2026-07-01');
  expect(localDateOf(new Date('2026-12-31T23:30:00Z'), 'Europe/London')).toBe('2026-12-31');
});
