// The estimate rows at their edges, every row's text in full: nothing to rate
// yet, weeks with nobody looking for work, indicators that never get a score.
import { describe, expect, it } from 'vitest';
import { fidelityScores, scoreRow, type SpecialistFigures, type UnitJobs } from '../../src/digests/fidelity-estimate.js';
import type { EmployerIndicators } from '../../src/digests/employer-indicators.js';

const noJobs: UnitJobs = { startsLast12Months: 0, jobTypes: 0, employers: 0, current: 0, competitive: 0 };
const noIndicators: EmployerIndicators = {
  employersMetInPerson: 0,
  employersMetTwice: 0,
  contacts: 0,
  contactsWithNextPlanned: 0,
  liaisonContacts: 0,
  liaisonWeeks: 0,
  liaisonMeetings: 0,
};
function specialist(weeks: [number, number][], extra: Partial<SpecialistFigures> = {}): SpecialistFigures {
  return {
    active: 0,
    fte: 1,
    lastFourWeeks: weeks.map(([contacts, looking]) => ({ contacts, looking })),
    daysToFirstContact: [],
    followAlongDue: 0,
    followAlongOnTime: 0,
    meetingsWithPlace4Weeks: 0,
    meetingsInCommunity4Weeks: 0,
    ...extra,
  };
}
const rows = (specialists: SpecialistFigures[], jobs = noJobs, indicators = noIndicators) =>
  fidelityScores(specialists, jobs, indicators).map(scoreRow);

describe('the estimate rows', () => {
  it('says what there is nothing to rate yet, and scores no indicator', () => {
    expect(rows([])).toEqual([
      { label: '1 Caseload size', value: 'n/a: no specialists on the roster' },
      {
        label: '6 Benefits and programme liaison (indicator)',
        value:
          'indicator: 0 contacts with benefits or employment programme staff in 4 weeks, in 0 of 4 weeks, 0 in person (the scale asks for weekly contacts and monthly meetings)',
      },
      { label: '15 Rapid job search', value: 'n/a: no one past programme entry in the last 12 months' },
      {
        label: '18 Quality of employer contact (indicators, for the reviewer to judge)',
        value: 'indicator: no employers met in person; no employer contacts (last 3 months; no score)',
      },
      { label: '19/20 Diversity', value: 'n/a: no job starts in the last 12 months' },
      {
        label: '21 Competitive jobs',
        value:
          '1/5: no current jobs (competitive = open to anyone at the minimum wage or more: seasonal and agency jobs count; set-aside jobs do not; ≥ 95%; fewer than 10 current jobs scores 1)',
      },
      { label: '22/23 Follow-along (estimate)', value: 'n/a: no follow-along contact fell due in 3 months' },
      {
        label: '24 Community-based (indicator)',
        value: 'indicator: no meetings with a place logged in 4 weeks (/client met <ref> f2f at work|home|community|office)',
      },
    ]);
  });

  it('rates no week in which nobody was looking for work, rather than giving it 5 points', () => {
    const item17 = rows([
      specialist([
        [9, 0],
        [9, 0],
        [0, 0],
        [0, 0],
      ]),
    ]).find((r) => r.label === '17 Employer contacts');
    expect(item17).toEqual({
      label: '17 Employer contacts',
      value: 'n/a: nobody looking for work in the last 4 weeks: not applicable; 4 specialist-weeks with nobody looking for work not rated',
    });
  });

  it('averages the rated weeks of each specialist, then the specialists, to the closest point', () => {
    // A: 6, 6, 6, 6 → 6 → 5. B: 2 a week with 1 looking (target 2) → 6 each; a week with nobody looking not rated → 5.
    // C: 3, 3, 3, 3 with 10 looking → 3 → halfway between 2 and 4 → 3. Unit (5 + 5 + 3) / 3 = 4.3 → 4.
    const item17 = rows([
      specialist([
        [6, 5],
        [6, 5],
        [6, 5],
        [6, 5],
      ]),
      specialist([
        [2, 1],
        [2, 1],
        [2, 1],
        [0, 0],
      ]),
      specialist([
        [3, 10],
        [3, 10],
        [3, 10],
        [3, 10],
      ]),
    ]).find((r) => r.label === '17 Employer contacts');
    // Per week: (6 + 1.5 + 3) / 3 = 3.5; on the scale (6 + 6 + 3) / 3 = 5.0.
    expect(item17?.value).toBe(
      '4/5: 3.5 face-to-face per specialist per week over 4 weeks; 5.0 a week against the target (6, or 2 × people looking for work when fewer than 3), weeks averaged, closest point; 1 specialist-week with nobody looking for work not rated',
    );
  });

  it('shows the item 18 indicators as shares, with no score', () => {
    const item18 = rows([], noJobs, {
      ...noIndicators,
      employersMetInPerson: 3,
      employersMetTwice: 1,
      contacts: 8,
      contactsWithNextPlanned: 6,
    }).find((r) => r.label.startsWith('18 '));
    // 1 / 3 = 33%; 6 / 8 = 75%.
    expect(item18?.value).toBe(
      'indicator: 33% of 3 employers met in person were met 2+ times; 75% of 8 employer contacts had a next contact planned (last 3 months; no score)',
    );
  });

  it('scores item 21 once there are 10 current jobs, on the competitive share', () => {
    // 10 current, 9 competitive (one set-aside): 90% → 85-94 → 4.
    const item21 = rows([], { ...noJobs, current: 10, competitive: 9 }).find((r) => r.label === '21 Competitive jobs');
    expect(item21?.value).toMatch(/^4\/5: 90% of 10 current jobs competitive/);
    const full = rows([], { ...noJobs, current: 10, competitive: 10 }).find((r) => r.label === '21 Competitive jobs');
    expect(full?.value).toMatch(/^5\/5: 100% of 10 current jobs competitive/);
  });
});
