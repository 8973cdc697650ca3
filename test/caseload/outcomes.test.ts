// The outcome figures as IPS Grow counts them, on hand-made caseloads.
import { describe, expect, it } from 'vitest';
import type { SnapshotJob, SnapshotPerson } from '../../src/services/caseload-snapshot.js';
import { outcomeFigures, outcomeLines } from '../../src/services/outcomes.js';

let nextId = 1;
function job(startOn: string, hoursPerWeek: number | null, endOn: string | null = null): SnapshotJob {
  return {
    id: nextId++,
    employer: 'E',
    role: 'r',
    jobType: 'retail',
    startOn,
    endOn,
    hoursPerWeek,
    competitive: true,
    permanent: true,
    loggedOn: startOn,
    endLearnedOn: endOn,
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

describe('outcomeFigures', () => {
  it('counts first and later starts, 4+ hours as supported into work, and the rate of people out of work', () => {
    const people = [
      person('AA-01', '2026-02-01', [job('2026-03-01', 20, '2026-05-01'), job('2026-06-01', 3)]), // first (supported) + later (under 4h)
      person('BB-01', '2026-02-01', [job('2026-04-01', 3.5)]), // first start, under 4 hours: not into work
      person('CC-01', '2026-02-01'), // out of work, no start
      person('DD-01', '2026-02-01', [job('2025-06-01', 30)]), // in work at entry: job retention, not a job start
      person('EE-01', null), // referred, not met: not on the caseload
      person('FF-01', '2025-01-01', [], '2025-12-01'), // closed before the period
    ];
    const f = outcomeFigures(people, from, to);
    expect(f).toEqual({
      from,
      to,
      caseload: 4,
      jobRetention: 1,
      outOfWork: 3,
      firstJobStarts: 2,
      laterJobStarts: 1,
      supportedIntoWork: 1,
      outOfWorkIntoWork: 1,
    });
    expect(outcomeLines(f)).toEqual([
      'Job starts: 2 first, 1 later; 1 supported into work (4+ hours a week)',
      'Employment rate of people out of work: 33% (1 of 3; benchmark 40%)',
      'People in job retention: 25% of the caseload (1 of 4; at most 15%)',
    ]);
  });

  it('counts a first start before the period as first, not again as later in it', () => {
    const f = outcomeFigures([person('AA-01', '2025-06-01', [job('2025-07-01', 16), job('2026-02-01', 16)])], from, to);
    expect([f.firstJobStarts, f.laterJobStarts, f.outOfWorkIntoWork]).toEqual([0, 1, 1]);
  });

  it('shows a dash rather than a rate when no one is out of work', () => {
    expect(outcomeLines(outcomeFigures([], from, to))[1]).toContain('–');
  });
});
