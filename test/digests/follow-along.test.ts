import { describe, expect, it } from 'vitest';
import { followAlongCheckpoints, followAlongState, jobLossContactDue, nextFollowAlongDue } from '../../src/digests/follow-along.js';
import { latestPosting, postingWeekday } from '../../src/digests/post-schedule.js';

describe('follow-along checkpoints (items 22/23)', () => {
  it('are 3 days after the start, weekly for the first month, then monthly for a year', () => {
    expect(followAlongCheckpoints('2026-01-05')).toEqual([
      '2026-01-08', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02',
      '2026-03-05', '2026-04-05', '2026-05-05', '2026-06-05', '2026-07-05', '2026-08-05',
      '2026-09-05', '2026-10-05', '2026-11-05', '2026-12-05', '2027-01-05',
    ]);
  });

  it.each([
    [null, '2026-01-08'], // nothing yet: within 3 days of the start
    ['2026-01-01', '2026-01-08'], // a contact before the start does not count
    ['2026-01-05', '2026-01-12'], // on the start day: meets the 3-day checkpoint
    ['2026-01-08', '2026-01-12'],
    ['2026-01-09', '2026-01-19'], // meets the first weekly one
    ['2026-02-02', '2026-03-05'], // end of the first month: monthly from here
    ['2026-12-01', '2027-01-05'],
    ['2026-12-20', undefined], // meets the last (12-month) checkpoint: a year done
  ])('last contact %s → next due %s', (last, due) => {
    expect(nextFollowAlongDue('2026-01-05', last)).toBe(due);
  });

  it('after a job loss, a contact is due within 3 days unless one happened since', () => {
    expect(jobLossContactDue('2026-03-10', '2026-03-01')).toBe('2026-03-13');
    expect(jobLossContactDue('2026-03-10', null)).toBe('2026-03-13');
    expect(jobLossContactDue('2026-03-10', '2026-03-10')).toBeUndefined();
  });

  it.each([
    ['2026-03-12', 'overdue'],
    ['2026-03-13', 'due'],
    ['2026-03-20', 'due'],
    ['2026-03-21', 'on-time'],
    [undefined, 'on-time'],
  ] as const)('due %s seen on 13 Mar → %s', (due, state) => {
    expect(followAlongState(due, '2026-03-13')).toBe(state);
  });
});

describe('when the weekly posts fall due', () => {
  it.each([
    [1, 5], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 5],
  ])('a meeting on ISO weekday %d is prepared on weekday %d (the working day before)', (meeting, posting) => {
    expect(postingWeekday(meeting)).toBe(posting);
  });

  it('is the latest posting moment at or before now, in the unit’s zone', () => {
    const unit = { timeZone: 'Pacific/Auckland', meetingWeekday: 2, agendaTime: '15:00' };
    // Monday 23 Nov 15:00 in Auckland (NZDT, +13) is 02:00 UTC that day.
    expect(latestPosting(unit, new Date('2026-11-23T02:00:00Z'))).toEqual({ day: '2026-11-23', dueAt: new Date('2026-11-23T02:00:00Z') });
    expect(latestPosting(unit, new Date('2026-11-23T01:59:00Z'))).toEqual({ day: '2026-11-16', dueAt: new Date('2026-11-16T02:00:00Z') });
  });
});
