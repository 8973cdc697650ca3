import { describe, expect, it } from 'vitest';
import { draftScores, type DraftResult } from '../../src/fidelity/draft-rules.js';
import { bandOfTotal } from '../../src/fidelity/fidelity-scale.js';
import type { ReviewFacts, SpecialistFacts } from '../../src/fidelity/review-facts.js';

// Hand-made review facts: a quarter of 13 whole weeks and 3 months, one
// full-time specialist, and nothing else logged. Each case changes only what
// its item reads, with the arithmetic beside it.
function specialist(over: Partial<SpecialistFacts> = {}): SpecialistFacts {
  return {
    handle: 'aroha',
    fte: 1,
    active: 10,
    teams: 1,
    caseloadFromTeamsPercent: 100,
    inPersonPerWeek: [],
    lookingForWork: 10,
    inPerson: 0,
    repeatVisits: 0,
    activities: 0,
    communityActivities: 0,
    ...over,
  };
}

function facts(over: Partial<ReviewFacts> = {}): ReviewFacts {
  return {
    weeks: 13,
    months: 3,
    specialists: [specialist()],
    supervisors: 1,
    clinicalTeams: 2,
    liaison: { weeksWithContact: 0, monthsWithContact: 0, monthsWithMeeting: 0 },
    supervision: { weeksWithGroup: 0, monthsWithField: 0, teamsVisitedBySupervisor: 0, outcomesReviewed: false },
    mdtWeeksAttended: 0,
    referrals: { total: 0, closedBeforeMeeting: 0, sources: 0 },
    jobEnds: { total: 0, closedWithin30Days: 0 },
    benefits: { starters: 0, offeredBeforeStart: 0, doneBeforeStart: 0 },
    disclosure: { people: 0, prosCons: 0, whatToSay: 0, peopleTwoMonthsIn: 0, moreThanOnce: 0 },
    profiles: { people: 0, started: 0, jobEvents: 0, updatedAfter: 0 },
    daysToFirstContact: [],
    jobSearch: { clientContacts: 0, withCurrentPlan: 0 },
    jobs: { startsLast12Months: 0, jobTypes: 0, employers: 0, current: 0, competitive: 0 },
    followAlong: { due: 0, onTime: 0 },
    outreach: { attempts: 0, joint: 0, homeOrCommunity: 0, family: 0, closedForMissedAppointments: 0 },
    ...over,
  };
}

function score(item: number, f: ReviewFacts): number | undefined {
  const result: DraftResult | undefined = draftScores(f).get(item);
  return result?.kind === 'draft' ? result.draft.score : undefined;
}

describe('every draft carries its rule and numbers', () => {
  it('drafts 20 items from full facts, and gives the supervisor evidence for item 5', () => {
    const drafts = draftScores(
      facts({
        referrals: { total: 4, closedBeforeMeeting: 0, sources: 3 },
        benefits: { starters: 2, offeredBeforeStart: 2, doneBeforeStart: 2 },
        disclosure: { people: 4, prosCons: 4, whatToSay: 4, peopleTwoMonthsIn: 2, moreThanOnce: 2 },
        profiles: { people: 4, started: 4, jobEvents: 0, updatedAfter: 0 },
        daysToFirstContact: [10],
        jobSearch: { clientContacts: 5, withCurrentPlan: 5 },
        specialists: [specialist({ inPersonPerWeek: [6], activities: 3, communityActivities: 3 })],
        jobs: { startsLast12Months: 2, jobTypes: 2, employers: 2, current: 10, competitive: 10 },
        followAlong: { due: 2, onTime: 2 },
      }),
    );
    const scored = [...drafts].filter(([, r]) => r.kind === 'draft');
    expect(scored.map(([item]) => item)).toEqual([1, 4, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    for (const [, r] of scored) {
      if (r.kind !== 'draft') continue;
      expect(r.draft.rule.length).toBeGreaterThan(20);
      expect(r.draft.numbers).toMatch(/\d/);
    }
    expect(drafts.get(5)).toMatchObject({ kind: 'evidence' });
  });

  it('gives no draft where the records hold nothing to count', () => {
    const empty = facts({ specialists: [] });
    for (const item of [1, 9, 12, 13, 14, 15, 16, 17, 19, 20, 22, 23, 24]) expect(score(item, empty), `item ${item}`).toBeUndefined();
  });
});

describe('item 1, caseload size: active ÷ FTE', () => {
  it.each([
    [20, 1, 5], // 20/1 = 20
    [21, 1, 4],
    [25, 1, 4],
    [26, 1, 3],
    [30, 1, 3],
    [31, 1, 2],
    [40, 1, 2],
    [41, 1, 1],
    [12, 0.5, 4], // 12/0.5 = 24
  ])('%d active over %d FTE → %d', (active, fte, expected) => {
    expect(score(1, facts({ specialists: [specialist({ active, fte })] }))).toBe(expected);
  });
});

describe('item 4, team assignment: share of the caseload from the 1-2 attached teams', () => {
  it.each([
    [1, 100, 5],
    [2, 90, 5],
    [2, 89, 4],
    [2, 75, 4],
    [2, 74, 3],
    [1, 50, 3],
    [1, 49, 2],
    [3, 100, 2], // three teams is 2 whatever the share
  ])('%d teams, %d%% → %d', (teams, share, expected) => {
    expect(score(4, facts({ specialists: [specialist({ teams, caseloadFromTeamsPercent: share })] }))).toBe(expected);
  });

  it('averages the specialists and rounds to the closest point: (5 + 2) / 2 = 3.5 → 4', () => {
    const two = [specialist({ handle: 'a' }), specialist({ handle: 'b', teams: 3 })];
    expect(score(4, facts({ specialists: two }))).toBe(4);
  });
});

describe('item 6, benefits and programme liaison (13 weeks, 3 months)', () => {
  const liaison = (weeksWithContact: number, monthsWithContact: number, monthsWithMeeting: number) =>
    facts({ liaison: { weeksWithContact, monthsWithContact, monthsWithMeeting } });
  it.each([
    [12, 3, 3, 5], // 12/13 = 92% of weeks: weekly; meetings every month
    [11, 3, 3, 4], // 11/13 = 85%: not weekly; a meeting this quarter
    [12, 3, 2, 4], // weekly, meetings in 2 of 3 months
    [0, 3, 1, 4], // one meeting this quarter
    [3, 3, 0, 3], // every month, no meeting
    [2, 2, 0, 2], // some contact
    [0, 0, 0, 1],
  ])('contacts in %d weeks / %d months, meetings in %d months → %d', (w, m, meet, expected) => {
    expect(score(6, liaison(w, m, meet))).toBe(expected);
  });
});

describe('item 7, vocational unit', () => {
  const two = [specialist({ handle: 'a' }), specialist({ handle: 'b' })];
  const group = (weeksWithGroup: number, specialists = two) =>
    facts({ specialists, supervision: { weeksWithGroup, monthsWithField: 0, teamsVisitedBySupervisor: 0, outcomesReviewed: false } });
  it.each([
    [group(12), 5], // 12/13 weekly, two full-time
    [group(12, [specialist({ handle: 'a' }), specialist({ handle: 'b', fte: 0.5 })]), 4], // one full-time: 12/3 = 4 a month ≥ 2
    [group(6), 4], // 6/3 = 2 a month
    [group(5), 3], // 5/3 = 1.7 a month ≥ 1
    [group(3), 3], // 1 a month
    [group(2), 2], // less than monthly
    [group(12, [specialist()]), 3], // one specialist: not a unit of two; 4 a month → 3
    [group(0, []), 1],
  ])('case %# → %d', (f, expected) => expect(score(7, f)).toBe(expected));
});

describe('item 8, role of the supervisor: one point per role present', () => {
  const roles = ([ratio, weeklyGroup, teams, field, outcomes]: readonly boolean[]) =>
    facts({
      supervisors: ratio ? 1 : 0,
      supervision: {
        weeksWithGroup: weeklyGroup ? 13 : 0,
        teamsVisitedBySupervisor: teams ? 2 : 1,
        monthsWithField: field ? 3 : 2,
        outcomesReviewed: outcomes === true,
      },
    });
  it.each([
    [[false, false, false, false, false], 1],
    [[true, false, false, false, false], 1], // one → 1
    [[true, true, false, false, false], 2],
    [[true, true, true, false, false], 3],
    [[true, true, true, true, false], 4],
    [[true, true, true, true, true], 5],
    [[false, true, true, true, true], 4],
  ] as const)('%j → %d', (present, expected) => expect(score(8, roles(present))).toBe(expected));

  it('counts 11 specialists to one supervisor as over the ratio', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => specialist({ handle: `s${i}` }));
    const weeklyGroup = { weeksWithGroup: 13, monthsWithField: 0, teamsVisitedBySupervisor: 0, outcomesReviewed: false };
    expect(score(8, facts({ specialists: eleven, supervision: weeklyGroup }))).toBe(1); // weekly supervision only
    expect(score(8, facts({ specialists: eleven.slice(1), supervision: weeklyGroup }))).toBe(2); // 10 per supervisor: ratio too
  });
});

describe('item 9, zero exclusion', () => {
  const access = (total: number, closedBeforeMeeting: number, sources: number, closedAfterJobEnd = 0) =>
    facts({ referrals: { total, closedBeforeMeeting, sources }, jobEnds: { total: 2, closedWithin30Days: closedAfterJobEnd } });
  it.each([
    [access(10, 6, 3), 2], // 6/10 = 60% > half
    [access(10, 5, 3), 3], // 50%: some
    [access(10, 1, 3), 3],
    [access(10, 0, 3, 1), 3], // closed after a job ended
    [access(10, 0, 3), 5],
    [access(10, 0, 2), 4],
  ])('case %# → %d', (f, expected) => expect(score(9, f)).toBe(expected));
});

describe('item 12, work incentives planning among 10 people who started work', () => {
  const planning = (offered: number, done: number) =>
    facts({ benefits: { starters: 10, offeredBeforeStart: offered, doneBeforeStart: done } });
  it.each([
    [9, 8, 5], // 90% offered, 80% done
    [10, 7, 4], // 70% done < 75%
    [9, 0, 4],
    [8, 8, 3], // 80% offered
    [5, 0, 3],
    [4, 0, 2],
    [1, 0, 2],
    [0, 0, 1],
  ])('offered %d, done %d → %d', (offered, done, expected) => expect(score(12, planning(offered, done))).toBe(expected));
});

describe('item 13, disclosure among 4 people, 4 of them 2+ months in', () => {
  const talks = (prosCons: number, whatToSay: number, moreThanOnce: number) =>
    facts({ disclosure: { people: 4, prosCons, whatToSay, peopleTwoMonthsIn: 4, moreThanOnce } });
  it.each([
    [0, 0, 0, 2], // only "no requirement": one anchor → 2
    [3, 0, 0, 3], // 3/4 = 75%
    [2, 0, 0, 2], // 50%
    [3, 3, 0, 4],
    [3, 3, 3, 5],
    [4, 4, 2, 4],
  ])('pros-cons %d, what to say %d, more than once %d → %d', (a, b, c, expected) => expect(score(13, talks(a, b, c))).toBe(expected));
});

describe('item 14, vocational profiles among 20 people', () => {
  const profiles = (started: number, jobEvents: number, updatedAfter: number) =>
    facts({ profiles: { people: 20, started, jobEvents, updatedAfter } });
  it.each([
    [18, 4, 3, 5], // 90% started, 3/4 = 75% updated
    [18, 0, 0, 5], // no job events to update after
    [18, 4, 2, 4],
    [17, 4, 4, 4], // 85%
    [15, 0, 0, 4], // 75%
    [14, 0, 0, 3],
  ])('%d started, %d job events, %d updated → %d', (s, e, u, expected) => expect(score(14, profiles(s, e, u))).toBe(expected));
});

describe('item 15, rapid job search', () => {
  it.each([
    [[30], 5],
    [[31], 4],
    [[20, 42], 4], // mean 31
    [[60], 4],
    [[61], 3],
    [[150], 3],
    [[151], 2],
    [[270], 2],
    [[271], 1],
  ])('%j days → %d', (days, expected) => expect(score(15, facts({ daysToFirstContact: days }))).toBe(expected));
});

describe('item 16, individualised job search among 20 client-specific contacts', () => {
  it.each([
    [18, 5], // 90%
    [17, 4], // 85%
    [15, 4],
    [14, 3], // 70%
    [10, 3],
    [9, 2],
    [5, 2],
    [4, 1], // 20%
  ])('%d with a current plan → %d', (withPlan, expected) =>
    expect(score(16, facts({ jobSearch: { clientContacts: 20, withCurrentPlan: withPlan } }))).toBe(expected),
  );
});

describe('item 17, face-to-face employer contacts a week', () => {
  it.each([
    [[6, 6], 10, 5],
    [[5, 7], 10, 5], // mean 6
    [[5], 10, 4],
    [[4], 10, 3],
    [[3], 10, 3], // halfway between 2 (2 points) and 4 (3 points): the higher
    [[2.9], 10, 2],
    [[2], 10, 2],
    [[1], 10, 1],
    [[4], 2, 5], // 2 looking: target 2 × 2 = 4
  ])('%j with %d looking → %d', (weeks, looking, expected) =>
    expect(score(17, facts({ specialists: [specialist({ inPersonPerWeek: weeks, lookingForWork: looking })] }))).toBe(expected),
  );
});

describe('item 18, quality of employer contact', () => {
  it.each([
    [10, 5, 5],
    [10, 4, 4], // 40%
    [8, 2, 4], // 25%
    [10, 2, 3],
    [10, 0, 2],
    [0, 0, 1],
  ])('%d in person, %d repeat → %d', (inPerson, repeatVisits, expected) =>
    expect(score(18, facts({ specialists: [specialist({ inPerson, repeatVisits })] }))).toBe(expected),
  );
});

describe('items 19 and 20, diversity over 20 job starts', () => {
  it.each([
    [17, 5], // 85%
    [16, 4], // 80%
    [14, 4], // 70%
    [13, 3], // 65%
    [12, 3], // 60%
    [11, 2], // 55%
    [10, 2],
    [9, 1], // 45%
  ])('%d different → %d', (distinct, expected) => {
    const f = facts({ jobs: { startsLast12Months: 20, jobTypes: distinct, employers: distinct, current: 0, competitive: 0 } });
    expect(score(19, f)).toBe(expected);
    expect(score(20, f)).toBe(expected);
  });
});

describe('item 21, competitive permanent jobs', () => {
  it.each([
    [20, 19, 5], // 95%
    [20, 18, 4], // 90%
    [20, 17, 4], // 85%
    [20, 16, 3], // 80%
    [20, 15, 3], // 75%
    [20, 14, 2], // 70%
    [20, 13, 2], // 65%
    [20, 12, 1], // 60%
    [9, 9, 1], // fewer than 10 current jobs
  ])('%d current, %d competitive and permanent → %d', (current, cp, expected) =>
    expect(score(21, facts({ jobs: { startsLast12Months: 0, jobTypes: 0, employers: 0, current, competitive: cp } }))).toBe(expected),
  );
});

describe('items 22 and 23, follow-along among 4 checkpoints due', () => {
  it.each([
    [4, 5],
    [3, 4], // 75%
    [2, 3], // 50%
    [1, 2],
    [0, 1],
  ])('%d on time → %d', (onTime, expected) => {
    const f = facts({ followAlong: { due: 4, onTime } });
    expect(score(22, f)).toBe(expected);
    expect(score(23, f)).toBe(expected);
  });
});

describe('item 24, community-based services among 20 logged activities', () => {
  it.each([
    [13, 5], // 65%
    [12, 4], // 60%
    [10, 4], // 50%
    [9, 3], // 45%
    [8, 3], // 40%
    [7, 2], // 35%
    [6, 2], // 30%
    [5, 1], // 25%
  ])('%d in the community → %d', (community, expected) =>
    expect(score(24, facts({ specialists: [specialist({ activities: 20, communityActivities: community })] }))).toBe(expected),
  );
});

describe('item 25, outreach strategies', () => {
  const outreach = (attempts: number, joint: number, homeOrCommunity: number, family: number, closedForMissedAppointments: number) =>
    facts({ outreach: { attempts, joint, homeOrCommunity, family, closedForMissedAppointments } });
  it.each([
    [outreach(0, 0, 0, 0, 1), 1], // none
    [outreach(1, 0, 0, 0, 0), 1], // 2: no missed-appointment closures, documented
    [outreach(2, 0, 2, 0, 0), 2], // 3
    [outreach(2, 0, 2, 1, 0), 3], // 4
    [outreach(3, 1, 2, 0, 0), 4], // 5: joint counts twice
    [outreach(4, 1, 2, 1, 0), 5], // 6
    [outreach(4, 1, 2, 1, 1), 4], // a missed-appointment closure costs a strategy
    [outreach(3, 0, 1, 1, 0), 2], // one home visit is not "multiple"
  ])('case %# → %d', (f, expected) => expect(score(25, f)).toBe(expected));
});

describe('the total’s band', () => {
  it.each([
    [125, 'Exemplary'],
    [115, 'Exemplary'],
    [114, 'Good fidelity'],
    [100, 'Good fidelity'],
    [99, 'Fair fidelity'],
    [74, 'Fair fidelity'],
    [73, 'Not IPS'],
    [25, 'Not IPS'],
  ])('%d → %s', (total, band) => expect(bandOfTotal(total)).toBe(band));
});
