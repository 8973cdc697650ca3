// The outcome figures as IPS Grow defines them, one definition at a time, on
// hand-made caseloads with the arithmetic beside each case.
import { describe, expect, it } from 'vitest';
import type { SnapshotJob, SnapshotPerson } from '../../src/services/caseload-snapshot.js';
import { fourHoursDone, outcomeFigures, outcomeLines, outcomeTable } from '../../src/services/outcomes.js';

let nextId = 1;
interface JobOptions {
  endOn?: string;
  retention?: boolean;
  firstHoursOn?: string;
}
function job(startOn: string, hoursPerWeek: number | null, options: JobOptions = {}): SnapshotJob {
  return {
    id: nextId++,
    employer: 'E',
    role: 'r',
    jobType: 'sales',
    startOn,
    endOn: options.endOn ?? null,
    hoursPerWeek,
    kind: 'permanent',
    minimumWage: true,
    retention: options.retention ?? false,
    firstHoursOn: options.firstHoursOn ?? null,
    loggedOn: startOn,
    endLearnedOn: options.endOn ?? null,
  };
}
function person(ref: string, programmeEntryOn: string | null, jobs: SnapshotJob[] = [], closedOn: string | null = null): SnapshotPerson {
  return {
    id: nextId++,
    ref,
    status: closedOn ? 'closed' : programmeEntryOn ? 'active' : 'referred',
    specialistId: 1,
    clinicalTeamId: 1,
    referredOn: '2026-01-01',
    programmeEntryOn,
    profileStartedOn: null,
    closedOn,
    contacts: [],
    clientContacts: [],
    outreachOn: [],
    jobs,
  };
}

const from = '2026-01-01';
const to = '2026-12-31';
const figures = (...people: SnapshotPerson[]) => outcomeFigures(people, from, to);

describe('4 hours of paid work done (the test behind "supported into work")', () => {
  it.each([
    // [start, hours a week, as of, done?]: hours × days since the start / 7 ≥ 4
    ['2026-12-24', 4, '2026-12-31', true], // 4 × 7 / 7 = 4 exactly
    ['2026-12-25', 4, '2026-12-31', false], // 4 × 6 / 7 = 3.43
    ['2026-12-29', 14, '2026-12-31', true], // 14 × 2 / 7 = 4 exactly
    ['2026-12-30', 14, '2026-12-31', false], // 14 × 1 / 7 = 2
    ['2026-12-31', 40, '2026-12-31', false], // starts today: nothing done yet
    ['2027-01-04', 40, '2026-12-31', false], // not started
    ['2026-12-22', 3, '2026-12-31', false], // 3 × 9 / 7 = 3.86
    ['2026-12-21', 3, '2026-12-31', true], // 3 × 10 / 7 = 4.29
  ])('start %s, %dh a week, as of %s → %s', (start, hours, asOf, done) => {
    expect(fourHoursDone(job(start, hours), asOf)).toBe(done);
  });

  it('counts days worked only up to the end of a job', () => {
    // 20h a week: ended after 1 day = 2.86 hours; after 2 days = 5.71 hours.
    expect(fourHoursDone(job('2026-03-02', 20, { endOn: '2026-03-03' }), to)).toBe(false);
    expect(fourHoursDone(job('2026-03-02', 20, { endOn: '2026-03-04' }), to)).toBe(true);
  });

  it('takes the specialist’s record of the first 4 hours, from its day on, hours or not', () => {
    expect(fourHoursDone(job('2026-12-01', null, { firstHoursOn: '2026-12-05' }), '2026-12-05')).toBe(true);
    expect(fourHoursDone(job('2026-12-01', null, { firstHoursOn: '2026-12-05' }), '2026-12-04')).toBe(false);
    expect(fourHoursDone(job('2026-12-01', null), to)).toBe(false);
  });
});

describe('job starts: every start in the period; a job held at entry is not one', () => {
  it('counts first and later starts, and leaves out retention jobs and jobs before entry', () => {
    const f = figures(
      person('AA-01', '2026-02-01', [job('2026-03-01', 20, { endOn: '2026-05-01' }), job('2026-06-01', 16), job('2026-09-01', 8)]), // 1 first + 2 later
      person('BB-01', '2026-02-01', [job('2026-02-01', 30, { retention: true })]), // logged as held at entry: not a start
      person('CC-01', '2026-02-01', [job('2025-06-01', 30)]), // started before entry, still going: retention, not a start
      person('DD-01', '2026-02-01', [job('2025-06-01', 30, { endOn: '2026-01-15' })]), // ended before entry: not a start, and out of work at entry
      person('EE-01', '2025-06-01', [job('2025-07-01', 16), job('2026-02-01', 16)]), // first start last year: this year's is a later start
    );
    // Starts in 2026: AA 3 + EE 1 = 4; first: AA only = 1; later: AA 2 + EE 1 = 3.
    expect([f.jobStarts, f.firstJobStarts, f.laterJobStarts]).toEqual([4, 1, 3]);
  });
});

describe('supported into work: the first start in the period, with 4 hours done', () => {
  it('counts a person once, on their first start only', () => {
    const f = figures(
      person('AA-01', '2026-02-01', [job('2026-03-01', 20), job('2026-06-01', 20)]), // first start, 20h: counted once
      person('BB-01', '2026-02-01', [job('2026-12-30', 14), job('2026-12-31', 40)]), // first: 14 × 1 / 7 = 2h; the later 40h one never counts
      person('CC-01', '2025-06-01', [job('2025-07-01', 16), job('2026-02-01', 16)]), // first start before the period: never again
      person('DD-01', '2026-02-01', [job('2026-12-24', 4)]), // exactly 4 hours by 31 Dec: counted
      person('EE-01', '2026-02-01', [job('2026-04-01', null)]), // hours missing: kept as a start, not into work
      person('FF-01', '2026-02-01', [job('2026-04-01', null, { firstHoursOn: '2026-04-03' })]), // first 4 hours recorded
    );
    // AA, DD, FF = 3.
    expect(f.supportedIntoWork).toBe(3);
    expect(f.firstJobStarts).toBe(5); // AA, BB, DD, EE, FF
    expect(f.hoursMissing).toBe(1); // EE only: FF's first hours are recorded
  });
});

describe('employment rate: of the people out of work at entry', () => {
  it('leaves retention cases out of the denominator and counts a job that ended before entry as out of work', () => {
    const f = figures(
      person('AA-01', '2026-02-01', [job('2026-03-01', 20)]), // out of work, into work
      person('BB-01', '2026-02-01', [job('2025-06-01', 30, { endOn: '2026-01-15' })]), // ended before entry: out of work, no start
      person('CC-01', '2026-02-01', [job('2026-02-01', 30, { retention: true }), job('2026-08-01', 20)]), // retention: not in the rate
      person('DD-01', '2025-06-01', [job('2025-07-01', 16, { endOn: '2025-09-01' }), job('2026-02-01', 16)]), // later start in the period: moved into work
      person('EE-01', '2026-02-01', [job('2026-12-30', 14)]), // 2 hours done: not yet
    );
    // Out of work at entry: AA, BB, DD, EE = 4; into work: AA, DD = 2 → 50%.
    expect([f.outOfWork, f.outOfWorkIntoWork, f.jobRetention, f.caseload]).toEqual([4, 2, 1, 5]);
  });

  it('shows a dash rather than a rate when no one is out of work', () => {
    expect(outcomeTable(figures()).find((o) => o.figure === 'Employment rate')!.value).toBe('– (0 of 0)');
  });
});

describe('who is on the caseload in the period', () => {
  it('counts people met by the end of the period and not closed before it', () => {
    const f = figures(
      person('AA-01', '2026-02-01'),
      person('BB-01', null), // referred, not met
      person('CC-01', '2025-01-01', [], '2025-12-31'), // closed the day before the period
      person('DD-01', '2025-01-01', [], '2026-01-01'), // closed on its first day: still on it
      person('EE-01', '2027-01-01'), // met after it
    );
    expect(f.caseload).toBe(2);
  });
});

describe('the lines /ips me and the summary show', () => {
  it('writes each figure with its definition', () => {
    const f = figures(
      person('AA-01', '2026-02-01', [job('2026-03-01', 20), job('2026-06-01', 20)]),
      person('BB-01', '2026-02-01', [job('2026-02-01', 30, { retention: true })]),
      person('CC-01', '2026-02-01', [job('2026-04-01', null)]),
      person('DD-01', '2026-02-01'),
    );
    // Starts: AA 2 + CC 1 = 3 (2 first, 1 later); into work: AA; out of work: AA, CC, DD = 3, into work AA = 33%; retention 1 of 4 = 25%.
    expect(outcomeLines(f)).toEqual([
      'Job starts: 3 (2 first, 1 later). Every job started in the period, second and later jobs included; a job held at entry is not a start.',
      'Supported into work: 1. People whose first job start is in the period with 4+ hours of paid work done (hours a week × weeks since the start, or the first 4 hours recorded).',
      'Employment rate: 33% (1 of 3). People out of work at entry who started work in the period with 4+ hours done, of all on the caseload out of work at entry (benchmark 40%).',
      'Job retention: 25% (1 of 4). People in work at entry, of everyone on the caseload in the period (IPS Grow: at most 15%).',
      'Hours missing: 1. Job starts in the period logged without hours: kept as starts, not counted into work until the hours or the first 4 hours are recorded.',
    ]);
  });
});
