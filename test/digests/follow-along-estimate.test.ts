// Items 22/23, the follow-along estimate, on a hand-computed fixture: which
// checkpoints fall due in the period and which were met face to face on
// time, with the boundaries a reviewer would check (a meeting on a
// checkpoint's last day, a discharge on the period's first day, a job that
// ended before programme entry, a job loss learned late). Counted once by the
// pure function and once through the database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDbDate } from '../../src/core/local-date.js';
import { followAlongTallies } from '../../src/digests/caseload-facts.js';
import { fidelityScores, type SpecialistFigures } from '../../src/digests/fidelity-estimate.js';
import { loadCaseload, type SnapshotJob, type SnapshotPerson } from '../../src/services/caseload-snapshot.js';
import { followAlongTally } from '../../src/services/follow-along.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const from = '2026-09-01';
const to = '2026-11-30';

interface FixtureJob {
  startOn: string;
  loggedOn: string;
  endOn?: string;
  endLearnedOn?: string;
}

interface FixturePerson {
  ref: string;
  specialist: 'aroha' | 'ben';
  entry: string;
  closedOn?: string;
  jobs: FixtureJob[];
  /** Face-to-face meetings with the person: the only contacts that count. */
  faceToFace: string[];
  /** Contacts that must not count: a phone call with the person, an employer visit about them, outreach. */
  phone?: string[];
  employerVisits?: string[];
  outreach?: string[];
  /** Hand-computed: checkpoints due in the period, and those met on time. */
  due: number;
  onTime: number;
}

const people: FixturePerson[] = [
  {
    // Job logged Tue 1 Sep, starting Mon 7 Sep. Checkpoints (window → due by):
    //   before-start 1 Sep → 6 Sep   met 6 Sep (the last day: on time)           ✓
    //   after-start  7 Sep → 10 Sep  met 10 Sep (the last day)                   ✓
    //   week 1      11 Sep → 14 Sep  met 14 Sep                                  ✓
    //   week 2      15 Sep → 21 Sep  nothing (22 Sep is one day late)            ✗
    //   week 3      22 Sep → 28 Sep  met 22 Sep                                  ✓
    //   week 4      29 Sep → 5 Oct   met 5 Oct                                   ✓
    //   month 2      6 Oct → 7 Nov   a phone call and an employer visit only     ✗
    //   month 3      8 Nov → 7 Dec   due after the period: not counted
    // due = 7, on time = 5
    ref: 'FA-01',
    specialist: 'aroha',
    entry: '2026-08-01',
    jobs: [{ startOn: '2026-09-07', loggedOn: '2026-09-01' }],
    faceToFace: ['2026-09-06', '2026-09-10', '2026-09-14', '2026-09-22', '2026-10-05'],
    phone: ['2026-10-20'],
    employerVisits: ['2026-10-21'],
    outreach: ['2026-10-25'],
    due: 7,
    onTime: 5,
  },
  {
    // Started Tue 4 Aug; week 4 is due by 4 Aug + 28 days = Tue 1 Sep, the
    // period's first day, and the case was closed (discharged) that day:
    // a closed case is never overdue, so nothing in the period counts.
    // due = 0, on time = 0
    ref: 'FA-02',
    specialist: 'aroha',
    entry: '2026-06-01',
    closedOn: '2026-09-01',
    jobs: [{ startOn: '2026-08-04', loggedOn: '2026-08-04' }],
    faceToFace: [],
    due: 0,
    onTime: 0,
  },
  {
    // The same job, not discharged:
    //   week 4     26 Aug → 1 Sep   due on the period's first day: counted, missed   ✗
    //   month 2     2 Sep → 4 Oct   met 4 Oct (the last day)                         ✓
    //   month 3     5 Oct → 4 Nov   nothing                                          ✗
    //   month 4     5 Nov → 4 Dec   due after the period: not counted
    // due = 3, on time = 1
    ref: 'FA-03',
    specialist: 'aroha',
    entry: '2026-06-01',
    jobs: [{ startOn: '2026-08-04', loggedOn: '2026-08-04' }],
    faceToFace: ['2026-10-04'],
    due: 3,
    onTime: 1,
  },
  {
    // A job that ended (1 Sep) before programme entry (15 Sep) is history: no
    // checkpoints, not even the 3 days after its end. A new job from Mon 2 Nov:
    //   after-start  2 Nov → 5 Nov   met 3 Nov                                  ✓
    //   week 1       6 Nov → 9 Nov   nothing                                    ✗
    //   week 2      10 Nov → 16 Nov  nothing                                    ✗
    //   week 3      17 Nov → 23 Nov  nothing                                    ✗
    //   week 4      24 Nov → 30 Nov  met 30 Nov (its last day and the period's) ✓
    // due = 5, on time = 2
    ref: 'FA-04',
    specialist: 'ben',
    entry: '2026-09-15',
    jobs: [
      { startOn: '2026-06-01', loggedOn: '2026-09-15', endOn: '2026-09-01', endLearnedOn: '2026-09-15' },
      { startOn: '2026-11-02', loggedOn: '2026-11-02' },
    ],
    faceToFace: ['2026-09-15', '2026-11-03', '2026-11-30'],
    due: 5,
    onTime: 2,
  },
  {
    // Started Thu 1 Oct; ended Tue 20 Oct, learned Fri 30 Oct:
    //   after-start  1 Oct → 4 Oct   met 2 Oct                                      ✓
    //   week 1       5 Oct → 8 Oct   nothing                                        ✗
    //   week 2       9 Oct → 15 Oct  nothing                                        ✗
    //   week 3 (due 22 Oct) and later: after the end, dropped
    //   after-end   20 Oct → 30 Oct + 3 = 2 Nov   met 2 Nov (its last day)          ✓
    // due = 4, on time = 2
    ref: 'FA-05',
    specialist: 'ben',
    entry: '2026-08-01',
    jobs: [{ startOn: '2026-10-01', loggedOn: '2026-10-01', endOn: '2026-10-20', endLearnedOn: '2026-10-30' }],
    faceToFace: ['2026-10-02', '2026-11-02'],
    due: 4,
    onTime: 2,
  },
];

// Totals: due 7 + 0 + 3 + 5 + 4 = 19; on time 5 + 0 + 1 + 2 + 2 = 10.
// Aroha (FA-01..03): due 10, on time 6; Ben (FA-04, FA-05): due 9, on time 4.
// 10 / 19 = 52.6% → 53%: "half or more" is 3 points on the scale.
const expected = { aroha: { due: 10, onTime: 6 }, ben: { due: 9, onTime: 4 }, percent: 53, band: 3 };

let id = 1;
function snapshot(p: FixturePerson): SnapshotPerson {
  return {
    id: id++,
    ref: p.ref,
    status: p.closedOn ? 'closed' : 'active',
    specialistId: 1,
    clinicalTeamId: 1,
    referredOn: p.entry,
    programmeEntryOn: p.entry,
    profileStartedOn: null,
    closedOn: p.closedOn ?? null,
    contacts: (p.employerVisits ?? []).map((on) => ({ on, inPerson: true })),
    clientContacts: [...p.faceToFace.map((on) => ({ on, faceToFace: true })), ...(p.phone ?? []).map((on) => ({ on, faceToFace: false }))],
    outreachOn: p.outreach ?? [],
    jobs: p.jobs.map((j): SnapshotJob => ({
      id: id++,
      employer: 'Harbour Café',
      role: 'barista',
      jobType: 'hospitality',
      startOn: j.startOn,
      endOn: j.endOn ?? null,
      hoursPerWeek: 20,
      kind: 'permanent',
      minimumWage: true,
      retention: false,
      firstHoursOn: null,
      loggedOn: j.loggedOn,
      endLearnedOn: j.endLearnedOn ?? null,
    })),
  };
}

function figures(due: number, onTime: number): SpecialistFigures {
  return {
    active: 1,
    fte: 1,
    lastFourWeeks: [0, 0, 0, 0].map((contacts) => ({ contacts, looking: 0 })),
    daysToFirstContact: [],
    followAlongDue: due,
    followAlongOnTime: onTime,
    meetingsWithPlace4Weeks: 0,
    meetingsInCommunity4Weeks: 0,
  };
}

const noJobs = { startsLast12Months: 0, jobTypes: 0, employers: 0, current: 0, competitive: 0 };
const noIndicators = {
  employersMetInPerson: 0,
  employersMetTwice: 0,
  contacts: 0,
  contactsWithNextPlanned: 0,
  liaisonContacts: 0,
  liaisonWeeks: 0,
  liaisonMeetings: 0,
};

describe('items 22/23 on a hand-computed fixture', () => {
  it.each(people.map((p) => [p.ref, p] as const))('%s', (_ref, p) => {
    expect(followAlongTally(snapshot(p), from, to)).toEqual({ due: p.due, onTime: p.onTime });
  });

  it('scores the unit from the checkpoints, not from who is working', () => {
    const score = fidelityScores(
      [figures(expected.aroha.due, expected.aroha.onTime), figures(expected.ben.due, expected.ben.onTime)],
      noJobs,
      noIndicators,
    ).find((s) => s.item.startsWith('22/23'))!;
    expect(score.measure).toContain(`${expected.percent}% of 19 follow-along contacts`);
    expect(score.band).toBe(expected.band);
  });
});

describe('the same fixture through the database', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2026-12-01T10:00:00Z' });
    const db = bot.database.db;
    const team = await db.clinicalTeam.findUniqueOrThrow({ where: { key: 'northside' } });
    const employer = await db.employer.findFirstOrThrow({ where: { name: 'Harbour Café' } });
    for (const p of people) {
      const specialist = await db.staff.findUniqueOrThrow({ where: { handle: p.specialist } });
      const client = await db.client.create({
        data: {
          ref: p.ref,
          status: p.closedOn ? 'closed' : 'active',
          specialistId: specialist.id,
          clinicalTeamId: team.id,
          referredOn: toDbDate(p.entry),
          programmeEntryOn: toDbDate(p.entry),
          closedOn: p.closedOn ? toDbDate(p.closedOn) : null,
        },
      });
      for (const j of p.jobs) {
        await db.job.create({
          data: {
            clientId: client.id,
            employerId: employer.id,
            specialistId: specialist.id,
            role: 'barista',
            jobType: 'hospitality',
            startOn: toDbDate(j.startOn),
            endOn: j.endOn ? toDbDate(j.endOn) : null,
            // Noon UTC is the same local day in London.
            loggedAt: new Date(`${j.loggedOn}T12:00:00Z`),
            endLoggedAt: j.endLearnedOn ? new Date(`${j.endLearnedOn}T12:00:00Z`) : null,
          },
        });
      }
      const meetings = [
        ...p.faceToFace.map((on) => ({ on, type: 'face_to_face' as const })),
        ...(p.phone ?? []).map((on) => ({ on, type: 'phone' as const })),
      ];
      for (const m of meetings) {
        await db.clientContact.create({ data: { clientId: client.id, specialistId: specialist.id, metOn: toDbDate(m.on), type: m.type } });
      }
      for (const on of p.employerVisits ?? []) {
        await db.employerContact.create({
          data: {
            specialistId: specialist.id,
            employerId: employer.id,
            clientId: client.id,
            contactedOn: toDbDate(on),
            type: 'face_to_face',
            cupOfTea: 1,
          },
        });
      }
      for (const on of p.outreach ?? []) {
        await db.outreachAttempt.create({
          data: { clientId: client.id, specialistId: specialist.id, attemptedOn: toDbDate(on), method: 'home' },
        });
      }
    }
  });
  afterAll(async () => {
    await bot.close();
  });

  it('gives each specialist the hand-computed tally', async () => {
    const db = bot.database.db;
    const aroha = await db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
    const ben = await db.staff.findUniqueOrThrow({ where: { handle: 'ben' } });
    const people = await loadCaseload(db, {}, 'Europe/London');
    const tallies = followAlongTallies(people, [aroha.id, ben.id], from, to);
    expect(tallies.get(aroha.id)).toEqual(expected.aroha);
    expect(tallies.get(ben.id)).toEqual(expected.ben);
  });
});
